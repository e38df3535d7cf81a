package be.antwerpen.lom.server.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refusal says what kind it is, never a status, and reads as a sentence on a console. */
class RefusalTest {

    @Test
    void a_refusal_reads_as_a_plain_sentence_for_the_command_line() {
        Refusal refused = Refusal.invalid("password", "a password has at least 12 characters");

        assertThat(refused.kind()).isEqualTo(Refusal.Kind.INVALID);
        assertThat(refused.code()).isEqualTo("invalid_input");
        assertThat(refused.field()).isEqualTo("password");
        assertThat(refused.sentence()).isEqualTo("A password has at least 12 characters.");
        assertThat(Refusal.conflict("exists", "this username is taken.").sentence())
                .isEqualTo("This username is taken.");
    }

    @Test
    void the_shortcuts_name_the_kind_the_web_edge_maps() {
        assertThat(Refusal.notFound("the conflict").kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(Refusal.unknownDevice().kind()).isEqualTo(Refusal.Kind.GONE);
        assertThat(Refusal.slotFull().kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(Refusal.unauthenticated("token_expired", "log in again").kind())
                .isEqualTo(Refusal.Kind.UNAUTHENTICATED);
        assertThat(new TooManyAttempts(5).kind()).isEqualTo(Refusal.Kind.TOO_MANY_ATTEMPTS);
    }
}
