package be.antwerpen.lom.client.ui.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.awt.Component;
import java.util.Arrays;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.junit.jupiter.api.Test;

class CitizenFieldsTest {

    private final Messages messages = new Messages(Messages.DUTCH_BELGIUM);

    @Test
    void the_walk_in_form_asks_names_and_register_number_only() {
        JPanel form = new JPanel(new MigLayout("wrap 2"));
        CitizenFields.identity(messages, "walkIn.").addTo(form);

        assertThat(fieldNames(form)).containsExactly("walkIn.givenName", "walkIn.familyName", "walkIn.nrn");
        assertThat(labels(form)).containsExactly(messages.get("book.givenName"), messages.get("book.familyName"),
                messages.get("book.nrn"));
    }

    @Test
    void the_booking_form_also_asks_contact_data_and_returns_it() {
        JPanel form = new JPanel(new MigLayout("wrap 2"));
        CitizenFields fields = CitizenFields.withContact(messages, "book.");
        fields.addTo(form);
        type(form, "book.givenName", "Дмитро");
        type(form, "book.familyName", "Шевченко");
        type(form, "book.nrn", "85.07.30-033.28");
        type(form, "book.email", "d.shevchenko@example.org");
        type(form, "book.phone", "+32 3 123 45 67");

        Citizen citizen = fields.citizen();

        assertThat(fieldNames(form)).hasSize(5);
        assertThat(citizen.givenName()).isEqualTo("Дмитро");
        assertThat(citizen.nationalRegisterNumber().digits()).isEqualTo("85073003328");
        assertThat(citizen.email()).isEqualTo("d.shevchenko@example.org");
    }

    @Test
    void a_wrong_register_number_is_refused_by_the_model_and_clear_empties_the_form() {
        JPanel form = new JPanel(new MigLayout("wrap 2"));
        CitizenFields fields = CitizenFields.identity(messages, "walkIn.");
        fields.addTo(form);
        type(form, "walkIn.givenName", "Jan");
        type(form, "walkIn.familyName", "Peeters");
        type(form, "walkIn.nrn", "85073003329");

        assertThatThrownBy(fields::citizen).isInstanceOf(DomainValidationException.class);

        fields.clear();
        assertThat(fields.givenName()).isEmpty();
        assertThat(fields.registerNumber()).isEmpty();
    }

    private static void type(JPanel form, String name, String text) {
        Arrays.stream(form.getComponents()).filter(c -> name.equals(c.getName())).map(JTextField.class::cast)
                .findFirst().orElseThrow().setText(text);
    }

    private static List<String> fieldNames(JPanel form) {
        return Arrays.stream(form.getComponents()).filter(JTextField.class::isInstance).map(Component::getName)
                .toList();
    }

    private static List<String> labels(JPanel form) {
        return Arrays.stream(form.getComponents()).filter(JLabel.class::isInstance).map(c -> ((JLabel) c).getText())
                .toList();
    }
}
