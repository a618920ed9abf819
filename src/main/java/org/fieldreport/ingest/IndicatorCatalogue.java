package org.fieldreport.ingest;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldreport.model.IndicatorDeclaration;
import org.fieldreport.model.Measure;

/**
 * The built-in indicators (resource {@code org/fieldreport/indicators/catalogue.yaml}) that a project gets when its
 * project.yaml declares no {@code indicators}. Entries that filter on an activity or site the project does not
 * have are left out, as is every ratio or periods indicator built on a left-out one; quarters are dropped for a
 * project year that has none.
 */
public final class IndicatorCatalogue {

    /** Where the catalogue lives on the class path. */
    public static final String RESOURCE = "/org/fieldreport/indicators/catalogue.yaml";

    private record CatalogueFile(List<IndicatorDeclaration> indicators) {
    }

    private IndicatorCatalogue() {
    }

    /** Every declaration of the catalogue, as written. */
    public static List<IndicatorDeclaration> all() {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the indicator catalogue " + RESOURCE + " is missing from the build");
            }
            return List.copyOf(ProjectFileReader.YAML.readValue(in, CatalogueFile.class).indicators());
        } catch (JacksonException e) {
            throw new IllegalStateException("the indicator catalogue " + RESOURCE + " is not valid: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue entries that make sense for a project with these sites, activities and year length. */
    public static List<IndicatorDeclaration> forProject(List<String> sites, List<String> activities,
                                                        int yearMonths) {
        boolean quarters = yearMonths % 4 == 0;
        List<IndicatorDeclaration> kept = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (IndicatorDeclaration d : all()) {
            boolean fits = d.filters().entrySet().stream().allMatch(f -> switch (f.getKey()) {
                case "activity" -> activities.containsAll(f.getValue());
                case "site", "area" -> sites.containsAll(f.getValue());
                default -> true;
            });
            if (!quarters && "quarter".equals(d.per())) {
                fits = false;
            }
            if (fits) {
                kept.add(quarters ? d : withoutQuarters(d));
                ids.add(d.id());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = kept.removeIf(d -> (d.measure() == Measure.RATIO && (!ids.contains(d.numerator())
                    || !(ids.contains(d.denominator()) || "weeks".equals(d.denominator())
                    || "days".equals(d.denominator()))))
                    || (d.measure() == Measure.PERIODS && !ids.contains(d.of())));
            ids.retainAll(kept.stream().map(IndicatorDeclaration::id).toList());
        }
        return List.copyOf(kept);
    }

    private static IndicatorDeclaration withoutQuarters(IndicatorDeclaration d) {
        return new IndicatorDeclaration(d.id(), d.label(), d.unit(), d.direction(), d.source(), d.measure(),
                d.column(), d.numerator(), d.denominator(), d.factor(), d.per(), d.of(), d.min(), d.filters(),
                d.breakdowns().stream().filter(b -> !b.equals("quarter")).toList(), d.baseline(), d.target(),
                d.proRate(), d.sensitive(), d.countsPeople(), d.section(), d.targets());
    }
}
