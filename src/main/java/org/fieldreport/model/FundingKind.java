package org.fieldreport.model;

/** How firm a funding entry is: a pledge is a promise, a commitment is signed, a receipt is money in the bank. */
public enum FundingKind {
    PLEDGE, COMMITMENT, RECEIPT
}
