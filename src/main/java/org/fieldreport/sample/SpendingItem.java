package org.fieldreport.sample;

import static org.fieldreport.sample.SpendingSchedule.beforePreventionDays;
import static org.fieldreport.sample.SpendingSchedule.monthly;
import static org.fieldreport.sample.SpendingSchedule.once;
import static org.fieldreport.sample.SpendingSchedule.weekly;

import java.time.DayOfWeek;
import java.util.List;

/**
 * One kind of expense booked to a budget line: what the voucher says, whether it is paid in dollars or riel, when,
 * and its share of the line's planned spending. A steady item (a salary, the rent) costs the same each time; the
 * others vary from one payment to the next.
 *
 * @param onlyYear 0 when the item recurs every year, else the one project year it belongs to
 */
record SpendingItem(String lineCode, String description, String currency, SpendingSchedule schedule, int share,
                    boolean steady, int onlyYear) {

    static final List<SpendingItem> ALL = List.of(
            varying("P1", "Tuk-tuk fares for the night outreach teams", "KHR", weekly(DayOfWeek.SATURDAY), 45),
            varying("P1", "Drinking water and snacks for children met on outreach", "KHR", monthly(28, 0), 30),
            steady("P1", "Outreach team evening allowances", "USD", monthly(28, 0), 25),
            varying("P2", "Food and drinks for the Riverfront kids clubs", "KHR", weekly(DayOfWeek.MONDAY), 70),
            varying("P2", "Games, books and school supplies, Riverfront club", "KHR", monthly(10, 0), 30),
            varying("P3", "Food and drinks for the Stung Mean Chey kids clubs", "KHR", weekly(DayOfWeek.TUESDAY), 70),
            varying("P3", "Games, books and school supplies, Stung Mean Chey club", "KHR", monthly(12, 0), 30),
            varying("P4", "Paint, paper and craft materials for the arts session", "KHR",
                    weekly(DayOfWeek.WEDNESDAY), 55),
            steady("P4", "Arts centre facilitator fee", "USD", monthly(3, 0), 45),
            steady("P5", "Counselling supervision and case conferences", "USD", monthly(15, 0), 60),
            varying("P5", "Transport and meals for children attending counselling", "KHR", monthly(20, 0), 40),
            varying("P6", "Prevention day: venue, sound system and printed materials", "USD",
                    beforePreventionDays(), 60),
            varying("P6", "Prevention day: meals for children and families", "KHR", beforePreventionDays(), 40),
            new SpendingItem("P7", "Market study of fabric suppliers for the fashion programme", "USD", once(8, 20),
                    60, true, 1),
            new SpendingItem("P7", "Fabric samples and thread for the fashion programme", "KHR", once(11, 14), 40,
                    true, 1),
            new SpendingItem("P7", "Fashion design trainer fee", "USD", monthly(6, 2), 60, true, 2),
            new SpendingItem("P7", "Fabric, thread and notions for the fashion programme", "KHR", monthly(18, 2), 40,
                    false, 2),
            steady("S1", "Salaries, outreach and kids club staff", "USD", monthly(25, 0), 100),
            steady("S2", "Salary, part-time counsellor", "USD", monthly(25, 0), 100),
            new SpendingItem("E1", "Three sewing machines for the fashion design programme", "USD", once(10, 18), 100,
                    true, 1),
            steady("E2", "First-aid kits and torches for the outreach teams", "USD", once(0, 12), 50),
            steady("E2", "Mats, balls and games for the kids clubs", "KHR", once(3, 6), 50),
            steady("A1", "Office rent and utilities", "USD", monthly(5, 0), 100),
            varying("A2", "Phone and internet for the staff", "KHR", monthly(8, 0), 70),
            steady("A2", "Printing of the annual report", "USD", once(11, 20), 30),
            varying("A3", "Bank charges", "USD", monthly(28, 0), 25),
            steady("A3", "Independent audit of the project accounts", "USD", once(11, 26), 75));

    private static SpendingItem steady(String line, String description, String currency, SpendingSchedule when,
                                       int share) {
        return new SpendingItem(line, description, currency, when, share, true, 0);
    }

    private static SpendingItem varying(String line, String description, String currency, SpendingSchedule when,
                                        int share) {
        return new SpendingItem(line, description, currency, when, share, false, 0);
    }

    boolean in(int year) {
        return onlyYear == 0 || onlyYear == year;
    }

    /** The items of budget line {@code code} in project year {@code year}, in the order above. */
    static List<SpendingItem> of(String code, int year) {
        return ALL.stream().filter(i -> i.lineCode().equals(code) && i.in(year)).toList();
    }
}
