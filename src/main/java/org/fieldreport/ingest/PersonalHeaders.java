package org.fieldreport.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headers that hold people's names or phone numbers, in English, French, Spanish and Khmer (in Khmer script and in
 * its usual Latin transliterations), as KoboToolbox and ODK forms name them: {@code Child Name}, {@code first},
 * {@code phonenumber}, {@code tel}, {@code nom}, {@code Nom de l'enfant}, {@code prénom}, {@code nombre},
 * {@code apellidos}, {@code teléfono}, {@code chhmoh}, {@code ឈ្មោះ}. A header is read word by word (a group path's
 * last segment, accents folded), so {@code site_name}, {@code team name} or {@code activity_name}, which name
 * things, are not people's names, and {@code hotel} is not {@code tel}.
 */
final class PersonalHeaders {

    /** Words that are a person's name, or part of one. */
    private static final Set<String> NAME_WORDS = Set.of("name", "names", "firstname", "lastname", "surname",
            "surnames", "fullname", "givenname", "familyname", "forename", "forenames", "nickname", "middlename",
            "nom", "noms", "prenom", "prenoms", "nombre", "nombres", "apellido", "apellidos",
            "chhmoh", "chmoh", "chhmous", "chmous", "chmuos", "chhmuos", "chmuoh", "neamtrokol", "trokol", "trakol",
            "neamtrakol");

    /** Words that are a phone number. */
    private static final Set<String> PHONE_WORDS = Set.of("phone", "phones", "telephone", "telephones",
            "phonenumber", "phonenumbers", "tel", "tele", "whatsapp", "msisdn", "cellphone", "mobilephone",
            "telefono", "telefonos", "celular", "movil", "portable", "turasap", "tursap", "toursap", "tourasap",
            "turasab", "toursab", "tuorsap", "lekhturasap");

    /** Words that, before {@code name}, make it the name of a thing rather than of a person. */
    private static final Set<String> THINGS = Set.of("site", "area", "activity", "team", "school", "place",
            "location", "village", "district", "ward", "province", "commune", "project", "org", "organisation",
            "organization", "group", "form", "table", "file", "sheet", "event", "session", "program", "programme",
            "partner", "donor", "facility", "club", "centre", "center", "community", "field", "question", "device",
            "instance", "bank", "account", "item", "product", "camp", "zone", "region", "country", "city", "street",
            "lieu", "ecole", "sitio", "escuela", "lugar", "actividad", "equipo");

    /** Whole headers that are a part of a person's name on their own. */
    private static final Set<String> ALONE = Set.of("first", "last", "given", "family", "middle", "mobile", "cell");

    /** Khmer words in Khmer script: name, surname, telephone. */
    private static final List<String> KHMER = List.of("\u1788\u17d2\u1798\u17c4\u17c7", "\u1793\u17b6\u1798",
            "\u1791\u17bc\u179a\u179f\u17d0\u1796\u17d2\u1791");

    /** The little words between a name word and what it names, in French and Spanish: nom du site. */
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d", "la", "le", "l", "del", "los", "las",
            "of", "the");

    private PersonalHeaders() {
    }

    /** Whether the name word at {@code i} names a thing that follows it: {@code nom du site}, {@code nombre del sitio}. */
    private static boolean thingFollows(List<String> words, int i) {
        for (int j = i + 1; j < words.size(); j++) {
            if (!LINKS.contains(words.get(j))) {
                return THINGS.contains(words.get(j));
            }
        }
        return false;
    }

    /** Whether {@code header} (as written in the export) names people or their phone numbers. */
    static boolean looksPersonal(String header) {
        String h = header.strip();
        for (String khmer : KHMER) {
            if (h.contains(khmer)) {
                return true;
            }
        }
        String folded = Normalizer.normalize(h, Normalizer.Form.NFD).replaceAll("[\\u0300-\\u036f]", "")
                .toLowerCase(Locale.ROOT);
        int slash = folded.lastIndexOf('/');
        String last = slash >= 0 && slash + 1 < folded.length() ? folded.substring(slash + 1) : folded;
        List<String> words = Arrays.stream(last.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        if (words.size() == 1 && ALONE.contains(words.get(0))) {
            return true;
        }
        String joined = String.join("", words);
        if (joined.equals("phonenumber") || joined.equals("contactnumber") || joined.equals("mobilenumber")
                || joined.equals("mobileno") || joined.equals("cellnumber") || joined.equals("lekhturasap")) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (PHONE_WORDS.contains(w)) {
                return true;
            }
            if (NAME_WORDS.contains(w) && !(i > 0 && THINGS.contains(words.get(i - 1))) && !thingFollows(words, i)) {
                return true;
            }
        }
        return false;
    }
}
