package org.fieldreport.model;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A month's rate between {@code currency} and the reporting currency, and where it was taken from. {@code quote} is
 * the direction it was stated in (the row's quote column, the rate column's header or project.yaml), null when
 * nothing stated one: then it counts units of {@code currency} per one unit of the reporting currency.
 */
public record ExchangeRate(YearMonth month, String currency, BigDecimal rate, RateQuote quote, String rateSource,
                           SourceRef source) {
}
