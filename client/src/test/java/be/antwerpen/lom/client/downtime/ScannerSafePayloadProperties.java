package be.antwerpen.lom.client.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scanner-safe QR payload (ADR 0117): it round-trips, and a keyboard-wedge scanner in US mode
 * on a Belgian AZERTY desk (every key typed by its US position, read with the AZERTY layout) still
 * types a payload that decodes to the same form; Caps Lock does not matter either.
 */
class ScannerSafePayloadProperties {

    /**
     * What a Belgian AZERTY layout makes of each key a US-mode scanner presses for a character:
     * letters A/Q, Z/W swap, M's key types a comma, the semicolon's key types M; the digit row types
     * its unshifted AZERTY signs (digits need Shift there); '-' and '|' become ')' and a shifted '£'.
     */
    private static final Map<Character, Character> US_TO_AZERTY_BE = new HashMap<>();

    static {
        String us = "ABCDEFGHIJKLMNOPQRSTUVWXYZ;1234567890-|";
        String be = "QBCDEFGHIJKL,NOPARSTUVZXYWM&\u00e9\"'(\u00a7\u00e8!\u00e7\u00e0)\u00a3";
        for (int i = 0; i < us.length(); i++) {
            US_TO_AZERTY_BE.put(us.charAt(i), be.charAt(i));
            if (Character.isLetter(us.charAt(i))) {
                US_TO_AZERTY_BE.put(Character.toLowerCase(us.charAt(i)), Character.toLowerCase(be.charAt(i)));
            }
        }
    }

    static String throughUsWedgeOnAzerty(String text) {
        StringBuilder typed = new StringBuilder();
        for (char c : text.toCharArray()) {
            typed.append(US_TO_AZERTY_BE.getOrDefault(c, '?'));
        }
        return typed.toString();
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-").ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> serials() {
        Arbitrary<String> prefix = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(4);
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 999_999);
        return Combinators.combine(prefix, number).as((p, n) -> p + "-W-" + String.format("%06d", n))
                .filter(SerialRange::isWellFormedSerial);
    }

    @Property
    void an_appointment_payload_round_trips_and_survives_a_us_wedge_on_azerty_and_caps_lock(
            @ForAll long high, @ForAll long low, @ForAll("codes") String code) {
        AppointmentFormPayload payload = new AppointmentFormPayload(new UUID(high, low), code);
        String printed = payload.encode();

        assertThat(printed).matches("LOKETP[" + ScannerSafeText.ALPHABET + "]+");
        assertThat(printed.length()).isLessThanOrEqualTo(QrPayload.MAX_LENGTH);
        assertThat(QrPayload.parse(printed)).isEqualTo(payload);
        assertThat(throughUsWedgeOnAzerty(printed)).isEqualTo(printed);
        assertThat(QrPayload.parse(printed.toLowerCase(Locale.ROOT))).isEqualTo(payload);
    }

    @Property
    void a_walk_in_payload_round_trips_and_survives_a_us_wedge_on_azerty(@ForAll("serials") String serial) {
        WalkInFormPayload payload = new WalkInFormPayload(serial);
        String printed = payload.encode();

        assertThat(QrPayload.parse(throughUsWedgeOnAzerty(printed))).isEqualTo(payload);
    }

    @Property
    void any_bytes_round_trip_through_the_letter_alphabet(@ForAll byte[] bytes) {
        assertThat(ScannerSafeText.decode(ScannerSafeText.encode(bytes))).isEqualTo(bytes);
    }

    @Example
    void the_first_format_is_garbled_by_the_same_wedge_which_is_why_the_format_changed() {
        String old = new WalkInFormPayload("ANT-W-000123").encodeFirstFormat();

        assertThat(throughUsWedgeOnAzerty(old)).isNotEqualTo(old);
        assertThatThrownBy(() -> QrPayload.parse(throughUsWedgeOnAzerty(old)))
                .isInstanceOf(InvalidQrPayloadException.class);
    }

    @Example
    void a_letter_outside_the_alphabet_or_a_cut_off_code_is_refused_in_words() {
        String printed = new WalkInFormPayload("ANT-W-000123").encode();

        assertThatThrownBy(() -> QrPayload.parse(printed.substring(0, printed.length() - 1)))
                .isInstanceOf(InvalidQrPayloadException.class).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> QrPayload.parse(printed.replace('B', 'A')))
                .isInstanceOf(InvalidQrPayloadException.class);
    }
}
