package org.triangulate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The minister said that the talks with the envoy were over and that it is time for a new plan.",
            "fr|Le ministre a dit que les discussions avec les envoyés sont terminées et qu'il est temps pour une"
                    + " nouvelle approche dans le pays.",
            "de|Der Minister sagte, dass die Gespräche mit dem Gesandten beendet sind und es Zeit für einen neuen"
                    + " Plan ist, auch wenn das nicht leicht wird.",
            "es|El ministro dijo que las conversaciones con los enviados del gobierno terminaron y que es hora de"
                    + " un nuevo plan para el país.",
            "it|Il ministro ha detto che i colloqui con gli inviati della regione sono finiti e che è ora di un"
                    + " nuovo piano per il paese, anche se non sarà facile.",
            "nl|De minister zei dat het overleg met de gezanten voorbij is en dat het tijd is voor een nieuw plan,"
                    + " maar dat wordt niet makkelijk.",
            "pt|O ministro disse que as conversas com os enviados do governo terminaram e que é hora de um novo"
                    + " plano para o país, mas não será fácil.",
    })
    void recognisesNewsSentencesInSevenLanguages(String expected, String text) {
        assertThat(LanguageGuesser.guess(text)).isEqualTo(expected);
    }

    @Test
    void tooLittleTextGivesNoGuess() {
        assertThat(LanguageGuesser.guess("APT31 and APT40")).isNull();
    }
}
