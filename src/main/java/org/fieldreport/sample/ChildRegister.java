package org.fieldreport.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The children one site's clubs know, by pseudonymous code ({@code RF-0042}), numbered in the order they joined.
 * Each child keeps the same sex and age throughout, joins on a day of the sample (or was there before it began),
 * may stop coming, and comes to the kids club more or less regularly; some also come to the arts session, to
 * counselling, or (the older ones) to the fashion programme.
 */
final class ChildRegister {

    /** One child as the register knows them; {@code leaves} is the first day they no longer come. */
    record Child(String code, String sex, int age, LocalDate joined, LocalDate leaves, int clubChance,
                 boolean arts, boolean counselling, boolean fashion) {

        boolean activeOn(LocalDate day) {
            return !day.isBefore(joined) && day.isBefore(leaves);
        }
    }

    private final List<Child> children;

    private ChildRegister(List<Child> children) {
        this.children = List.copyOf(children);
    }

    /**
     * Registers {@code alreadyKnown} children present from the first day and {@code joiners} who join over the
     * sample's months, in joining order.
     */
    static ChildRegister of(String prefix, int alreadyKnown, int joiners, int counsellingPercent,
                            SplittableRandom random) {
        List<LocalDate> joinDays = new ArrayList<>();
        for (int i = 0; i < alreadyKnown; i++) {
            joinDays.add(SampleCalendar.FIRST_DAY);
        }
        for (int i = 0; i < joiners; i++) {
            joinDays.add(SampleCalendar.FIRST_DAY.plusDays(random.nextInt(SampleCalendar.dayCount())));
        }
        joinDays.sort(null);
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < joinDays.size(); i++) {
            LocalDate joined = joinDays.get(i);
            String sex = random.nextInt(100) < 52 ? "F" : "M";
            int age = 5 + (random.nextInt(13) + random.nextInt(13)) / 2;
            LocalDate leaves = random.nextInt(100) < 25
                    ? joined.plusDays(random.nextInt(30, 241))
                    : SampleCalendar.LAST_DAY.plusDays(1);
            int kind = random.nextInt(100);
            int clubChance = kind < 30 ? 55 : kind < 70 ? 20 : 6;
            boolean arts = age >= 8 && random.nextInt(100) < 40;
            boolean counselling = random.nextInt(100) < counsellingPercent;
            boolean fashion = age >= 13 && random.nextInt(100) < 30;
            children.add(new Child(String.format("%s-%04d", prefix, i + 1), sex, age, joined, leaves, clubChance,
                    arts, counselling, fashion));
        }
        return new ChildRegister(children);
    }

    List<Child> children() {
        return children;
    }

    List<Child> activeOn(LocalDate day) {
        return children.stream().filter(c -> c.activeOn(day)).toList();
    }
}
