package org.fieldreport.render;

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
}
