package be.antwerpen.lom.client.rekey;

import java.time.LocalDate;

/**
 * A paper form entered on this desk whose commands the server refused: it is to be entered again (ADR 0149).
 *
 * @param day     the day of the pack the form was printed on
 * @param number  what is printed on the form: the serial of a blank walk-in form or the appointment's code
 * @param refusal the server's refusal as the outbox stored it (a coded refusal, worded by the screen)
 */
public record FormToEnterAgain(LocalDate day, String number, String refusal) {
}
