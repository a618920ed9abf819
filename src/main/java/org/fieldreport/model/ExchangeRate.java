package org.fieldreport.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's rate: units of {@code currency} per one unit of the reporting currency, and where it was taken from. */
public record ExchangeRate(YearMonth month, String currency, BigDecimal rate, String rateSource, SourceRef source) {
}
