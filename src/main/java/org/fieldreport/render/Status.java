package org.fieldreport.render;

import org.fieldreport.privacy.PublishedIndicator;

/**
 * A traffic-light status shown as a coloured pill that always carries its text label, so that it reads without
 * colour (printed in grey, or by a screen reader).
 *
 * @param tone  the colour family
 * @param label the words shown, for example "On track"
 */
public record Status(Tone tone, String label) {

    /** The colour family of a status. */
    public enum Tone {
        GREEN, AMBER, RED, GREY
    }

    /** How {@code p}'s status reads in every output: its tone and its words ("On track", "Withheld"). */
    public static Status of(PublishedIndicator p) {
        if (!p.available()) {
            return new Status(Status.Tone.GREY, "Not available");
        }
        if (p.statusWithheld()) {
            return new Status(Status.Tone.GREY, "Withheld");
        }
        return switch (p.status().orElseThrow()) {
            case GREEN -> new Status(Status.Tone.GREEN, "On track");
            case AMBER -> new Status(Status.Tone.AMBER, "Behind target");
            case RED -> new Status(Status.Tone.RED, "Off track");
            case NONE -> new Status(Status.Tone.GREY, "No target");
        };
    }
}
