package org.fieldreport.indicators;

import java.math.BigDecimal;

/** The forecast spending at the end of the project year by a named method, and the budget left over then. */
public record Forecast(ForecastMethod method, BigDecimal yearEnd, BigDecimal projectedBalance) {
}
