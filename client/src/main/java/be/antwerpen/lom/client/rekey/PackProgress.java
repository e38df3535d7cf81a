package be.antwerpen.lom.client.rekey;

import java.time.LocalDate;

/** How many forms of one day's pack are entered, of how many printed. */
public record PackProgress(LocalDate day, int entered, int total) {

    public int remaining() {
        return total - entered;
    }
}
