package org.triangulate.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the extractors do with the cases news text keeps producing. */
class ExtractionBehaviourTest {

    private static List<Mention> layered(String text) {
        return SharedExtractors.LAYERED.extract(text);
    }

    private static List<Mention> rules(String text) {
        return SharedExtractors.RULES.extract(text);
    }

    private static Optional<Mention> at(List<Mention> mentions, String text, String body, int occurrence) {
        int from = -1;
        for (int i = 0; i <= occurrence; i++) {
            from = body.indexOf(text, from + 1);
        }
        int start = from;
        return mentions.stream().filter(m -> m.start() == start && m.text().equals(text)).findFirst();
    }

    private static Mention mention(List<Mention> mentions, String body, String text) {
        return at(mentions, text, body, 0).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    @Test
    void loneSurnameLinksToFullNameSeenEarlier() {
        String body = "Home Secretary James Cleverly announced the measures on Monday. Cleverly said more would follow.";
        List<Mention> ms = layered(body);
        assertThat(mention(ms, body, "James Cleverly").entity()).isEqualTo("James Cleverly");
        Mention surname = at(ms, "Cleverly", body, 1).orElseThrow();
        assertThat(surname.type()).isEqualTo(EntityType.PERSON);
        assertThat(surname.entity()).isEqualTo("James Cleverly");
    }

    @Test
    void capitalAfterLocativePrepositionIsTheCity() {
        String body = "Protesters gathered outside the embassy in Paris on Sunday.";
        Mention paris = mention(rules(body), body, "Paris");
        assertThat(paris.type()).isEqualTo(EntityType.LOCATION);
        assertThat(paris.entity()).isEqualTo("Paris");
    }

    @Test
    void capitalsListedAfterLocativePrepositionAreAllCities() {
        String body = "Embassies in London, Wellington and Washington issued statements.";
        List<Mention> ms = rules(body);
        assertThat(mention(ms, body, "London").entity()).isEqualTo("London");
        assertThat(mention(ms, body, "Wellington").entity()).isEqualTo("Wellington");
        assertThat(mention(ms, body, "Washington").entity()).isEqualTo("Washington");
    }

    @Test
    void capitalStandingForItsGovernmentLinksToTheCountry() {
        String body = "Moscow denied the claims, and Tokyo said it would respond.";
        List<Mention> ms = rules(body);
        assertThat(mention(ms, body, "Moscow").entity()).isEqualTo("Russia");
        assertThat(mention(ms, body, "Tokyo").entity()).isEqualTo("Japan");
    }

    @Test
    void lowercaseUsIsNotTheUnitedStates() {
        String body = "They told us the US would not comment.";
        List<Mention> ms = rules(body);
        assertThat(ms).extracting(Mention::text).containsExactly("US");
        assertThat(ms.get(0).entity()).isEqualTo("United States");
    }

    @Test
    void twoLetterIsoCodesAreNotCountries() {
        String body = "IT staff said NO data was lost IN the incident, and AS a precaution BE vigilant.";
        assertThat(rules(body)).noneMatch(m -> m.type() == EntityType.LOCATION);
    }

    @Test
    void everyUsAliasLinksToTheUnitedStates() {
        String body = "The U.S. and the US agree; the United States and America both said so, the USA too.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.LOCATION)
                .extracting(Mention::entity).containsOnly("United States").hasSize(5);
    }

    @Test
    void britainAliasesLinkToTheUnitedKingdom() {
        String body = "Britain, the UK and the U.K. are the United Kingdom.";
        assertThat(rules(body)).extracting(Mention::entity).containsOnly("United Kingdom").hasSize(4);
    }

    @Test
    void justiceDepartmentNamesAreOneEntity() {
        String body = "The Justice Department charged them. The Department of Justice said the DOJ would appeal.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.ORGANIZATION)
                .extracting(Mention::entity).containsOnly("US Department of Justice").hasSize(3);
    }

    @Test
    void fiveEyesWrittenAsOneWordIsFiveEyes() {
        String body = "The FiveEyes network and the Five Eyes alliance share intelligence.";
        List<Mention> ms = layered(body);
        assertThat(ms).filteredOn(m -> m.entity().equals("Five Eyes")).extracting(Mention::text)
                .containsExactly("FiveEyes", "Five Eyes alliance");
        assertThat(ms).noneMatch(m -> m.type() == EntityType.QUANTITY);
    }

    @Test
    void threatActorSynonymsFromMispLinkToOneGroup() {
        String body = "APT31, which Microsoft calls Violet Typhoon and others call ZIRCONIUM or Judgment Panda, "
                + "is distinct from APT40, also tracked as Gingham Typhoon.";
        List<Mention> ms = rules(body);
        assertThat(ms).filteredOn(m -> m.type() == EntityType.THREAT_ACTOR).extracting(Mention::text, Mention::entity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("APT31", "APT31"),
                        org.assertj.core.groups.Tuple.tuple("Violet Typhoon", "APT31"),
                        org.assertj.core.groups.Tuple.tuple("ZIRCONIUM", "APT31"),
                        org.assertj.core.groups.Tuple.tuple("Judgment Panda", "APT31"),
                        org.assertj.core.groups.Tuple.tuple("APT40", "APT40"),
                        org.assertj.core.groups.Tuple.tuple("Gingham Typhoon", "APT40"));
    }

    @Test
    void ordinaryWordActorNameNeedsACyberCue() {
        String cyber = "The hacking group Leviathan targeted maritime firms.";
        String book = "Leviathan is a novel about a whale.";
        assertThat(mention(rules(cyber), cyber, "Leviathan").entity()).isEqualTo("APT40");
        assertThat(rules(book)).noneMatch(m -> m.type() == EntityType.THREAT_ACTOR);
        assertThat(layered(book)).noneMatch(m -> m.type() == EntityType.THREAT_ACTOR);
    }

    @Test
    void aliasIntroductionLinksANewNameToTheGroup() {
        String body = "Researchers said the hackers, tracked as UNC9876 and also known as Pebble Kite, stole data.";
        List<Mention> ms = rules(body);
        assertThat(mention(ms, body, "UNC9876").type()).isEqualTo(EntityType.THREAT_ACTOR);
        Mention introduced = mention(ms, body, "Pebble Kite");
        assertThat(introduced.type()).isEqualTo(EntityType.THREAT_ACTOR);
        assertThat(introduced.entity()).isEqualTo("UNC9876");
    }

    @Test
    void countryPremodifierIsItsOwnMention() {
        String body = "The US Justice Department charged seven people.";
        assertThat(rules(body)).extracting(Mention::text, Mention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("US", EntityType.LOCATION),
                org.assertj.core.groups.Tuple.tuple("Justice Department", EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple("seven", EntityType.QUANTITY));
    }

    @Test
    void headNounFindsAnUnlistedBody() {
        String body = "Kenya's Maritime Safety Office and the Coastal Rescue Commission said the Ministry of Fisheries and Ports was informed.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(Mention::text)
                .containsExactly("Maritime Safety Office", "Coastal Rescue Commission", "Ministry of Fisheries and Ports");
    }

    @Test
    void titleStaysOutsideThePersonSpan() {
        String body = "Deputy Prime Minister Amara Okafor spoke after spokesperson Chen Wei.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.PERSON).extracting(Mention::text)
                .containsExactly("Amara Okafor", "Chen Wei");
    }

    @Test
    void countryInsideAPersonsNameIsNoPlace() {
        String body = "Deputy Attorney General Lisa Monaco and Senator Grace Jordan spoke.";
        List<Mention> ms = layered(body);
        assertThat(ms).noneMatch(m -> m.type() == EntityType.LOCATION);
        assertThat(ms).extracting(Mention::text).contains("Lisa Monaco", "Grace Jordan");
    }

    @Test
    void yearRangeIsOneDateMention() {
        String body = "Between 2019-2021 and from 2016 to 2018 the group was active.";
        assertThat(rules(body)).extracting(Mention::text, Mention::entity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2019-2021", "2019/2021"),
                org.assertj.core.groups.Tuple.tuple("2016 to 2018", "2016/2018"));
    }

    @Test
    void durationsAreDates() {
        String body = "A 14-year campaign that ran for three years.";
        assertThat(rules(body)).extracting(Mention::text, Mention::type, Mention::entity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("14-year", EntityType.DATE, "P14Y"),
                org.assertj.core.groups.Tuple.tuple("three years", EntityType.DATE, "P3Y"));
    }

    @Test
    void weekdayResolvesAgainstThePublicationDate() {
        String body = "Officials said on Monday that the talks would resume.";
        List<Mention> ms = SharedExtractors.RULES.extract(body, LocalDate.of(2024, 3, 26));
        assertThat(mention(ms, body, "Monday").entity()).isEqualTo("2024-03-25");
    }

    @Test
    void hedgeStaysOutsideTheQuantitySpan() {
        String body = "More than 10,000 emails and $2.5 million were involved.";
        List<Mention> ms = rules(body);
        assertThat(mention(ms, body, "10,000").entity()).isEqualTo("10000");
        assertThat(mention(ms, body, "$2.5 million").entity()).isEqualTo("2500000");
    }

    @Test
    void numberWordsAndVagueAmountsAreQuantities() {
        String body = "Two individuals and one company were named, seven were charged and thousands of emails sent; no one was hurt.";
        assertThat(rules(body)).extracting(Mention::text, Mention::entity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Two", "2"),
                org.assertj.core.groups.Tuple.tuple("one", "1"),
                org.assertj.core.groups.Tuple.tuple("seven", "7"),
                org.assertj.core.groups.Tuple.tuple("thousands", "1000+"));
    }

    @Test
    void recentlyAndNowAreNotDatesAndPronounsAreNotPeople() {
        String body = "He recently said the talks are now over, and she agreed with him.";
        assertThat(layered(body)).isEmpty();
    }

    @Test
    void allCapsHeadlineStillFindsCountries() {
        String body = "CHINA ACCUSES BRITAIN OF SPREADING LIES\nThe row deepened.";
        assertThat(rules(body)).extracting(Mention::text, Mention::entity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CHINA", "China"),
                org.assertj.core.groups.Tuple.tuple("BRITAIN", "United Kingdom"));
    }

    @Test
    void datelineCapitalIsThePlaceOfFiling() {
        String body = "NAIROBI, July 1 (Reuters) - Police fired tear gas.";
        Mention nairobi = mention(rules(body), body, "NAIROBI");
        assertThat(nairobi.entity()).isEqualTo("Nairobi");
    }

    @Test
    void acronymIntroducedInBracketsLinksToTheBody() {
        String body = "The Regional Water Authority (RWA) cut supplies. Later the RWA apologised.";
        List<Mention> ms = rules(body);
        assertThat(ms).filteredOn(m -> m.text().equals("RWA")).hasSize(2)
                .allMatch(m -> m.entity().equals("Regional Water Authority"));
    }

    @Test
    void nameBeforeARansomwareGangIsAThreatActor() {
        String body = "The BlackRidge ransomware gang claimed the attack. Police said QuartzLock, also known as Ember Bear Two, had helped.";
        List<Mention> ms = rules(body);
        assertThat(mention(ms, body, "BlackRidge").type()).isEqualTo(EntityType.THREAT_ACTOR);
        assertThat(mention(ms, body, "QuartzLock").type()).isEqualTo(EntityType.THREAT_ACTOR);
        assertThat(mention(ms, body, "Ember Bear Two").entity()).isEqualTo("QuartzLock");
    }

    @Test
    void streetGangInACrimeStoryIsNoThreatActor() {
        String body = "Members of the MS-13 gang and the Islamic State group were arrested.";
        assertThat(rules(body)).noneMatch(m -> m.type() == EntityType.THREAT_ACTOR);
    }

    @Test
    void monthAfterSentenceInitialInIsADate() {
        String body = "In February, the agency said it had acted. Theresa May resigned.";
        List<Mention> ms = rules(body);
        assertThat(mention(ms, body, "February").type()).isEqualTo(EntityType.DATE);
        assertThat(ms).noneMatch(m -> m.text().equals("May"));
    }

    @Test
    void companyNamedAfterACountryKeepsItsName() {
        String body = "A Japan Airlines jet landed, and the Pakistan Army said the US Justice Department agreed.";
        assertThat(rules(body)).extracting(Mention::text).containsExactly("Japan Airlines", "Pakistan Army", "US", "Justice Department");
    }

    @Test
    void titleCaseHeadlineDoesNotGlueWordsIntoAnOrganisation() {
        String body = "Freighter Collides With Coast Guard Cutter Near Port, Injuring Four\nThe Coast Guard said four sailors were hurt.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(Mention::text)
                .doesNotContain("Freighter Collides With Coast Guard", "Collides With Coast Guard");
    }

    @Test
    void nameFoundOnceIsFoundWhereverTheArticleRepeatsIt() {
        String body = "Tallinn Harbour Authority closed berths. Officials at Tallinn Harbour Authority said so.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.ORGANIZATION).hasSize(2)
                .allMatch(m -> m.entity().equals("Tallinn Harbour Authority"));
    }

    @Test
    void roleWordsBeforeANameAreNotPartOfIt() {
        String body = "Chief Executive Tim Cook and Vice President Kamala Harris attended.";
        assertThat(rules(body)).extracting(Mention::text).containsExactly("Tim Cook", "Kamala Harris");
    }

    @Test
    void datelineWithADashIsThePlaceOfFiling() {
        String body = "TOKYO — Two trains collided on Monday.";
        assertThat(mention(rules(body), body, "TOKYO").entity()).isEqualTo("Tokyo");
    }

    @Test
    void modelNumbersAndSlashedDatesAreNoCounts() {
        String body = "On 5/6/2023 the Boeing 737 MAX 9 jet and Section 702 were in the news, and 40 people protested.";
        List<Mention> ms = rules(body);
        assertThat(ms).filteredOn(m -> m.type() == EntityType.QUANTITY).extracting(Mention::text).containsExactly("40");
        assertThat(mention(ms, body, "5/6/2023").type()).isEqualTo(EntityType.DATE);
    }

    @Test
    void weekdayResolvesAgainstTheDateThePageSaysItWasPublished() {
        String body = "Published March 26, 2024\nThe minister spoke on Monday.";
        assertThat(mention(rules(body), body, "Monday").entity()).isEqualTo("2024-03-25");
    }

    @Test
    void capitalModifyingACityNounIsTheCity() {
        String body = "Blood tests at several London hospitals were delayed, but London said the service was safe.";
        List<Mention> ms = rules(body);
        assertThat(at(ms, "London", body, 0).orElseThrow().entity()).isEqualTo("London");
        assertThat(at(ms, "London", body, 1).orElseThrow().entity()).isEqualTo("United Kingdom");
    }

    @Test
    void groupNameWithoutItsSuffixIsFoundNearACyberCue() {
        String body = "North Korea's Lazarus hackers stole $1.5 billion in crypto. Lazarus is also a biblical name.";
        List<Mention> ms = rules(body);
        assertThat(at(ms, "Lazarus", body, 0).orElseThrow().entity()).isEqualTo("Lazarus Group");
    }

    @Test
    void emptyOrPunctuationOnlyBodiesGiveNoMentions() {
        for (String body : List.of("", " ", "\n\n", "’s", "—", "Mr.", "$")) {
            assertThat(layered(body)).as("'%s'", body).isEmpty();
        }
    }

    @Test
    void numberWordPhrasesGetTheirValue() {
        String body = "a dozen boats, two dozen cars, twenty-five trucks, two hundred men, three million dollars and a thousand cuts";
        assertThat(rules(body)).extracting(Mention::entity).containsExactly("12", "24", "25", "200", "3000000", "1000");
    }

    @Test
    void titledPersonsPossessiveIsThePersonNotPartOfTheOrganisation() {
        String body = "Prime Minister Narendra Modi's Bharatiya Janata Party won, and Opposition leader Keir Starmer's Labour Party lost. "
                + "Modi thanked voters.";
        for (List<Mention> ms : List.of(rules(body), layered(body))) {
            assertThat(ms).filteredOn(m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION)
                    .extracting(Mention::text, Mention::type, Mention::entity).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Narendra Modi", EntityType.PERSON, "Narendra Modi"),
                            org.assertj.core.groups.Tuple.tuple("Bharatiya Janata Party", EntityType.ORGANIZATION, "Bharatiya Janata Party"),
                            org.assertj.core.groups.Tuple.tuple("Keir Starmer", EntityType.PERSON, "Keir Starmer"),
                            org.assertj.core.groups.Tuple.tuple("Labour Party", EntityType.ORGANIZATION, "Labour Party"),
                            org.assertj.core.groups.Tuple.tuple("Modi", EntityType.PERSON, "Narendra Modi"));
        }
    }

    @Test
    void possessiveOfAPersonCoreNlpFoundIsNotPartOfTheOrganisation() {
        String body = "Rishi Sunak’s Conservative Party trailed in the polls.";
        assertThat(layered(body)).extracting(Mention::text, Mention::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Rishi Sunak", EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple("Conservative Party", EntityType.ORGANIZATION));
    }

    @Test
    void possessiveInsideAnInstitutionsOwnNameStays() {
        String body = "Patients at St Mary's Hospital and King's College Hospital were moved, and the McDonald's Corporation paid.";
        assertThat(layered(body)).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(Mention::text)
                .containsExactly("St Mary's Hospital", "King's College Hospital", "McDonald's Corporation");
    }

    @Test
    void namesAnArticleStatesAreOneGroupAreOneEntityWhereverItWritesThem() {
        String body = "Researchers said a hacking group called Crimson Kestrel, also known as UNC9981, breached the ministry. "
                + "Crimson Kestrel used phishing, and UNC9981 returned in May.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.THREAT_ACTOR).extracting(Mention::text, Mention::entity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Crimson Kestrel", "Crimson Kestrel"),
                        org.assertj.core.groups.Tuple.tuple("UNC9981", "Crimson Kestrel"),
                        org.assertj.core.groups.Tuple.tuple("Crimson Kestrel", "Crimson Kestrel"),
                        org.assertj.core.groups.Tuple.tuple("UNC9981", "Crimson Kestrel"));
    }

    @Test
    void statedAliasesOfGroupsTheGazetteerKeepsApartGoByTheBestKnownGroup() {
        // MISP files Midnight Blizzard under UNC2452, apart from APT29; this article says they are one
        String body = "The intrusion was the work of Midnight Blizzard, also known as APT29 or Cozy Bear, Microsoft said. "
                + "Midnight Blizzard has targeted diplomats before.";
        List<Mention> ms = rules(body);
        assertThat(ms).filteredOn(m -> m.type() == EntityType.THREAT_ACTOR).extracting(Mention::text, Mention::entity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Midnight Blizzard", "APT29"),
                        org.assertj.core.groups.Tuple.tuple("APT29", "APT29"),
                        org.assertj.core.groups.Tuple.tuple("Cozy Bear", "APT29"),
                        org.assertj.core.groups.Tuple.tuple("Midnight Blizzard", "APT29"));
        // the source of the statement is no name of the group
        assertThat(mention(ms, body, "Microsoft").type()).isEqualTo(EntityType.ORGANIZATION);
        // an article that states nothing keeps the gazetteer's grouping
        String other = "Microsoft said Midnight Blizzard hackers read executives' email.";
        assertThat(mention(rules(other), other, "Midnight Blizzard").entity()).isEqualTo("UNC2452");
    }

    @Test
    void allCapsDatelinePlaceIsTheSameEntityAsItsTitleCaseForm() {
        String delhi = "NEW DELHI — India's election commission said turnout in New Delhi rose.";
        String telAviv = "TEL AVIV — Israeli officials said the strike hit a depot near Tel Aviv.";
        String asheville = "ASHEVILLE, N.C. (AP) — Floodwaters receded in Asheville on Tuesday.";
        for (boolean withCoreNlp : List.of(false, true)) {
            List<Mention> ms = withCoreNlp ? layered(delhi) : rules(delhi);
            assertThat(mention(ms, delhi, "NEW DELHI").entity()).isEqualTo("New Delhi");
            assertThat(mention(ms, delhi, "New Delhi").entity()).isEqualTo("New Delhi");
            ms = withCoreNlp ? layered(telAviv) : rules(telAviv);
            assertThat(mention(ms, telAviv, "TEL AVIV").entity()).isEqualTo("Tel Aviv");
            assertThat(mention(ms, telAviv, "Tel Aviv").entity()).isEqualTo("Tel Aviv");
            ms = withCoreNlp ? layered(asheville) : rules(asheville);
            assertThat(mention(ms, asheville, "ASHEVILLE")).extracting(Mention::type, Mention::entity)
                    .containsExactly(EntityType.LOCATION, "Asheville");
            assertThat(mention(ms, asheville, "Asheville").entity()).isEqualTo("Asheville");
        }
    }

    @Test
    void newsFurnitureAndAllCapsHeadlinesBeforeADashAreNoDatelines() {
        String body = "BREAKING — The minister resigned.\nFILE - In this photo, a man walks.\nCHINA DENIES HACKING — REPORT\nThe row deepened.";
        assertThat(rules(body)).filteredOn(m -> m.type() == EntityType.LOCATION).extracting(Mention::text).containsExactly("CHINA");
    }

    @Test
    void usAsThePronounOnAnAllCapsHeadlineIsNotTheUnitedStates() {
        String pronoun = "WHAT THE FLOODS MEAN FOR US AND IT IN 2025\nOfficials said the rain would continue.";
        assertThat(rules(pronoun)).noneMatch(m -> m.type() == EntityType.LOCATION);
        assertThat(layered(pronoun)).noneMatch(m -> m.type() == EntityType.LOCATION);
        String country = "MIGRANTS HEAD TO US BORDER\nIMPORTANT TO US AND UK\nUS AND UK ACCUSE CHINA\nThe row deepened.";
        assertThat(rules(country)).extracting(Mention::entity)
                .containsExactly("United States", "United States", "United Kingdom", "United States", "United Kingdom", "China");
    }

    @Test
    void portfolioOfATitleBelongsToTheTitleNotToAnOrganisation() {
        String body = "Secretary of State Antony Blinken met the Home Secretary. Blinken left, and the Secretary of Defense "
                + "and Secretary of Health and Human Services Xavier Becerra stayed.";
        for (List<Mention> ms : List.of(rules(body), layered(body))) {
            assertThat(ms).extracting(Mention::text, Mention::type, Mention::entity).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Antony Blinken", EntityType.PERSON, "Antony Blinken"),
                    org.assertj.core.groups.Tuple.tuple("Blinken", EntityType.PERSON, "Antony Blinken"),
                    org.assertj.core.groups.Tuple.tuple("Xavier Becerra", EntityType.PERSON, "Xavier Becerra"));
        }
    }

    @Test
    void currencyWithCountryLettersIsOneAmountAndNoPlace() {
        String body = "The fund paid US$5 million, A$3 million and NZ$2.5 billion.";
        assertThat(layered(body)).extracting(Mention::text, Mention::type, Mention::entity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("US$5 million", EntityType.QUANTITY, "5000000"),
                org.assertj.core.groups.Tuple.tuple("A$3 million", EntityType.QUANTITY, "3000000"),
                org.assertj.core.groups.Tuple.tuple("NZ$2.5 billion", EntityType.QUANTITY, "2500000000"));
    }

    @Test
    void timeOfDayIsATimeNotACount() {
        String body = "The blast came at 10 a.m., the second at 10:30 p.m. and the last at 7.30pm.";
        assertThat(rules(body)).extracting(Mention::text, Mention::type, Mention::entity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("10 a.m.", EntityType.DATE, "T10:00"),
                org.assertj.core.groups.Tuple.tuple("10:30 p.m.", EntityType.DATE, "T22:30"),
                org.assertj.core.groups.Tuple.tuple("7.30pm", EntityType.DATE, "T19:30"));
    }
}
