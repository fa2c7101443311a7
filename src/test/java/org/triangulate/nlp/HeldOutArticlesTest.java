package org.triangulate.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short news paragraphs about other events, written for these tests (not from the sample corpus), to check that
 * the extractor generalises: no entry in any gazetteer exists because of them, except general knowledge
 * (countries, capitals, threat-actor lists, well-known bodies).
 */
class HeldOutArticlesTest {

    record Expected(String text, EntityType type, String entity) {
    }

    private static Expected e(String text, EntityType type, String entity) {
        return new Expected(text, type, entity);
    }

    static Stream<Arguments> articles() {
        return Stream.of(
                Arguments.of("ransomware-hospital.txt", List.of(
                        e("LONDON", EntityType.LOCATION, "London"),
                        e("June 4", EntityType.DATE, "2024-06-04"),
                        e("Reuters", EntityType.ORGANIZATION, "Reuters"),
                        e("Tuesday", EntityType.DATE, "2024-06-04"),
                        e("King's College Hospital", EntityType.ORGANIZATION, "King's College Hospital"),
                        e("National Health Service", EntityType.ORGANIZATION, "National Health Service"),
                        e("Ciaran Martin", EntityType.PERSON, "Ciaran Martin"),
                        e("National Cyber Security Centre", EntityType.ORGANIZATION, "National Cyber Security Centre"),
                        e("BBC", EntityType.ORGANIZATION, "BBC"),
                        e("Qilin", EntityType.THREAT_ACTOR, "Qilin"),
                        e("Martin", EntityType.PERSON, "Ciaran Martin"),
                        e("800", EntityType.QUANTITY, "800"),
                        e("700", EntityType.QUANTITY, "700"),
                        e("hundreds", EntityType.QUANTITY, "100+"),
                        e("Victoria Atkins", EntityType.PERSON, "Victoria Atkins"),
                        e("NCSC", EntityType.ORGANIZATION, "National Cyber Security Centre"),
                        e("Metropolitan Police", EntityType.ORGANIZATION, "Metropolitan Police"),
                        e("two weeks", EntityType.DATE, "P2W")),
                        List.of("Health Secretary", "Russian")),
                Arguments.of("earthquake.txt", List.of(
                        e("7.4", EntityType.QUANTITY, "7.4"),
                        e("Hualien", EntityType.LOCATION, "Hualien"),
                        e("Wednesday", EntityType.DATE, "2024-04-03"),
                        e("nine", EntityType.QUANTITY, "9"),
                        e("1,000", EntityType.QUANTITY, "1000"),
                        e("Taipei", EntityType.LOCATION, "Taipei"),
                        e("Taiwan", EntityType.LOCATION, "Taiwan"),
                        e("25 years", EntityType.DATE, "P25Y"),
                        e("Shanghai", EntityType.LOCATION, "Shanghai"),
                        e("300", EntityType.QUANTITY, "300"),
                        e("three days", EntityType.DATE, "P3D"),
                        e("Taroko National Park", EntityType.LOCATION, "Taroko National Park"),
                        e("Hualien County Fire Department", EntityType.ORGANIZATION, "Hualien County Fire Department"),
                        e("Central Weather Administration", EntityType.ORGANIZATION, "Central Weather Administration"),
                        e("Tsai Ing-wen", EntityType.PERSON, "Tsai Ing-wen"),
                        e("dozens", EntityType.QUANTITY, "12+"),
                        e("Japan", EntityType.LOCATION, "Japan"),
                        e("Meteorological Agency", EntityType.ORGANIZATION, "Meteorological Agency"),
                        e("Okinawa", EntityType.LOCATION, "Okinawa"),
                        e("Tsai", EntityType.PERSON, "Tsai Ing-wen")),
                        List.of("President")),
                Arguments.of("sanctions.txt", List.of(
                        e("WASHINGTON", EntityType.LOCATION, "Washington"),
                        e("May 2", EntityType.DATE, "2024-05-02"),
                        e("China", EntityType.LOCATION, "China"),
                        e("Turkey", EntityType.LOCATION, "Turkey"),
                        e("Wednesday", EntityType.DATE, "2024-05-01"),
                        e("AP", EntityType.ORGANIZATION, "Associated Press"),
                        e("U.S.", EntityType.LOCATION, "United States"),
                        e("Treasury Department", EntityType.ORGANIZATION, "US Department of the Treasury"),
                        e("Thursday", EntityType.DATE, "2024-05-02"),
                        e("300", EntityType.QUANTITY, "300"),
                        e("Russia", EntityType.LOCATION, "Russia"),
                        e("United Arab Emirates", EntityType.LOCATION, "United Arab Emirates"),
                        e("Janet Yellen", EntityType.PERSON, "Janet Yellen"),
                        e("Moscow", EntityType.LOCATION, "Russia"),
                        e("State Department", EntityType.ORGANIZATION, "US Department of State"),
                        e("two", EntityType.QUANTITY, "2"),
                        e("Yellen", EntityType.PERSON, "Janet Yellen"),
                        e("Washington", EntityType.LOCATION, "Washington"),
                        e("Office of Foreign Assets Control", EntityType.ORGANIZATION, "Office of Foreign Assets Control"),
                        e("Kremlin", EntityType.ORGANIZATION, "Kremlin"),
                        e("European Union", EntityType.ORGANIZATION, "European Union"),
                        e("European Commission", EntityType.ORGANIZATION, "European Commission")),
                        List.of("Western", "Russian")),
                Arguments.of("state-hackers.txt", List.of(
                        e("Microsoft", EntityType.ORGANIZATION, "Microsoft"),
                        e("Friday", EntityType.DATE, "2024-05-31"),
                        e("Volt Typhoon", EntityType.THREAT_ACTOR, "Volt Typhoon"),
                        e("Bronze Silhouette", EntityType.THREAT_ACTOR, "Volt Typhoon"),
                        e("US", EntityType.LOCATION, "United States"),
                        e("five years", EntityType.DATE, "P5Y"),
                        e("Cybersecurity and Infrastructure Security Agency", EntityType.ORGANIZATION, "Cybersecurity and Infrastructure Security Agency"),
                        e("FBI", EntityType.ORGANIZATION, "Federal Bureau of Investigation"),
                        e("Storm-0558", EntityType.THREAT_ACTOR, "Storm-0558"),
                        e("State Department", EntityType.ORGANIZATION, "US Department of State"),
                        e("2023", EntityType.DATE, "2023"),
                        e("Russia", EntityType.LOCATION, "Russia"),
                        e("Sandworm", EntityType.THREAT_ACTOR, "Sandworm"),
                        e("GRU", EntityType.ORGANIZATION, "GRU"),
                        e("Ukraine", EntityType.LOCATION, "Ukraine")),
                        List.of("Chinese")),
                Arguments.of("apt31-other-outlet.txt", List.of(
                        e("Treasury Department", EntityType.ORGANIZATION, "US Department of the Treasury"),
                        e("Office of Foreign Assets Control", EntityType.ORGANIZATION, "Office of Foreign Assets Control"),
                        e("Wuhan Xiaoruizhi Science and Technology Company", EntityType.ORGANIZATION, "Wuhan Xiaoruizhi Science and Technology Company"),
                        e("Ministry of State Security", EntityType.ORGANIZATION, "Ministry of State Security (China)"),
                        e("two", EntityType.QUANTITY, "2"),
                        e("seven", EntityType.QUANTITY, "7"),
                        e("Zhao Guangzong", EntityType.PERSON, "Zhao Guangzong"),
                        e("Ni Gaobin", EntityType.PERSON, "Ni Gaobin"),
                        e("State Department", EntityType.ORGANIZATION, "US Department of State"),
                        e("$10 million", EntityType.QUANTITY, "10000000"),
                        e("thousands", EntityType.QUANTITY, "1000+"),
                        e("FBI", EntityType.ORGANIZATION, "Federal Bureau of Investigation"),
                        e("Christopher Wray", EntityType.PERSON, "Christopher Wray"),
                        e("Merrick Garland", EntityType.PERSON, "Merrick Garland"),
                        e("Beijing", EntityType.LOCATION, "China"),
                        e("Matthew Olsen", EntityType.PERSON, "Matthew Olsen"),
                        e("Justice Department", EntityType.ORGANIZATION, "US Department of Justice"),
                        e("10,000", EntityType.QUANTITY, "10000"),
                        e("London", EntityType.LOCATION, "London"),
                        e("Dowden", EntityType.PERSON, "Dowden"),
                        e("House of Commons", EntityType.ORGANIZATION, "House of Commons"),
                        e("GCHQ", EntityType.ORGANIZATION, "Government Communications Headquarters"),
                        e("National Cyber Security Centre", EntityType.ORGANIZATION, "National Cyber Security Centre"),
                        e("APT31", EntityType.THREAT_ACTOR, "APT31"),
                        e("Tim Loughton", EntityType.PERSON, "Tim Loughton"),
                        e("Stewart McDonald", EntityType.PERSON, "Stewart McDonald"),
                        e("Inter-Parliamentary Alliance on China", EntityType.ORGANIZATION, "Inter-Parliamentary Alliance on China"),
                        e("IPAC", EntityType.ORGANIZATION, "Inter-Parliamentary Alliance on China"),
                        e("New Zealand", EntityType.LOCATION, "New Zealand"),
                        e("GCSB", EntityType.ORGANIZATION, "GCSB"),
                        e("Judith Collins", EntityType.PERSON, "Judith Collins"),
                        e("APT40", EntityType.THREAT_ACTOR, "APT40")),
                        List.of("Attorney General", "Director")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void findsAndLinksTheEntitiesOfAnUnseenArticle(String file, List<Expected> expected, List<String> notMentions) throws IOException {
        String body;
        try (InputStream in = getClass().getResourceAsStream("/nlp/heldout/" + file)) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.time.LocalDate published = switch (file) {
            case "earthquake.txt" -> java.time.LocalDate.of(2024, 4, 3);
            case "sanctions.txt" -> java.time.LocalDate.of(2024, 5, 2);
            default -> java.time.LocalDate.of(2024, 6, 4);
        };
        List<Mention> mentions = SharedExtractors.LAYERED.extract(body, published);
        List<Expected> found = mentions.stream().map(m -> new Expected(m.text(), m.type(), m.entity())).toList();
        assertThat(found).containsAll(expected);
        assertThat(mentions).extracting(Mention::text).doesNotContainAnyElementsOf(notMentions);
        // precision on unseen text: at most two mentions beyond what a careful reader would mark
        assertThat(mentions.size()).isLessThanOrEqualTo(expected.size() + 2);
    }
}
