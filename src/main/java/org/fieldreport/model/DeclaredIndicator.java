package org.fieldreport.model;

import java.math.BigDecimal;

/**
 * What an indicator, computed or published, tells of its declaration: the facts project.yaml gives, which no
 * audience needs hidden. Implemented by the engine's result and by the published indicator alike.
 */
public interface DeclaredIndicator {

    IndicatorDeclaration declaration();

    default String id() {
        return declaration().id();
    }

    default String label() {
        return declaration().label();
    }

    default String unit() {
        return declaration().unit();
    }

    default boolean sensitive() {
        return declaration().isSensitive();
    }

    default BigDecimal baseline() {
        return declaration().baseline();
    }

    /** The yearly target as declared, before pro-rating. */
    default BigDecimal declaredTarget() {
        return declaration().yearlyTarget();
    }
}
