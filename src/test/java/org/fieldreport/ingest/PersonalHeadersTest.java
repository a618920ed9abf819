package org.fieldreport.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The personal-data guard's word lists, both ways: what names people or phones, and what only looks like it. */
class PersonalHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Child Name", "child_name", "name", "Names", "first", "last", "first_name", "Last Name",
        "surname", "full name", "group_child/name", "phonenumber", "phone_number", "Phone", "tel", "Tél",
        "telephone", "mobile", "mobile number", "WhatsApp", "contact number", "nom", "Nom de l'enfant", "prénom",
        "Prénoms", "téléphone", "portable", "nombre", "Nombre del niño", "apellidos", "teléfono", "celular",
        "móvil", "chhmoh", "chmous", "neam trokol", "lekh turasap", "turasap", "\u1788\u17d2\u1798\u17c4\u17c7",
        "\u179b\u17c1\u1781\u1791\u17bc\u179a\u179f\u17d0\u1796\u17d2\u1791"})
    void namesAndPhonesOfPeopleAreRefused(String header) {
        assertThat(PersonalHeaders.looksPersonal(header)).as(header).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"site_name", "Team name", "activity name", "school_name", "nom du site",
        "nombre del sitio", "_parent_table_name", "hotel", "cellar", "telecom_fee", "notes", "child_code", "sex",
        "date", "first_visit", "last_seen", "mobile_unit_fuel", "area", "team"})
    void namesOfThingsAndOtherWordsAreNot(String header) {
        assertThat(PersonalHeaders.looksPersonal(header)).as(header).isFalse();
    }
}
