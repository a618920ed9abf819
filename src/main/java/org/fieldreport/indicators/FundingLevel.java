package org.fieldreport.indicators;

/** How well a project year is funded by committed money: fully (100 % or more), partly, or not at all. */
public enum FundingLevel {
    FULLY_FUNDED, PARTLY_FUNDED, NOT_FUNDED
}
