package be.antwerpen.lom.client.ui.citizen;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.validation.DomainValidationException;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The citizen's identity fields (names, national register number and, where asked, contact data) as
 * the Book screen and the walk-in dialog both show them: one layout, one set of labels, one
 * validation through the model's {@link Citizen} rules.
 */
public final class CitizenFields {

    private final Messages messages;
    private final JTextField givenName;
    private final JTextField familyName;
    private final JTextField registerNumber;
    private final JTextField email;
    private final JTextField phone;
    private final boolean withContact;

    private CitizenFields(Messages messages, String namePrefix, boolean withContact) {
        this.messages = messages;
        this.withContact = withContact;
        givenName = field(namePrefix + "givenName", 20);
        familyName = field(namePrefix + "familyName", 20);
        registerNumber = field(namePrefix + "nrn", 16);
        email = field(namePrefix + "email", 20);
        phone = field(namePrefix + "phone", 20);
    }

    /** Names and register number only; components are named {@code <namePrefix>givenName} and so on. */
    public static CitizenFields identity(Messages messages, String namePrefix) {
        return new CitizenFields(messages, namePrefix, false);
    }

    /** Names, register number, e-mail and phone. */
    public static CitizenFields withContact(Messages messages, String namePrefix) {
        return new CitizenFields(messages, namePrefix, true);
    }

    /** Adds a label and a field per row to a two-column form ({@code wrap 2}). */
    public void addTo(JPanel form) {
        row(form, "book.givenName", givenName);
        row(form, "book.familyName", familyName);
        row(form, "book.nrn", registerNumber);
        if (withContact) {
            row(form, "book.email", email);
            row(form, "book.phone", phone);
        }
    }

    /**
     * The citizen as entered, validated by the model (names in any script, a valid register number
     * or none).
     *
     * @throws DomainValidationException naming the field that is wrong
     */
    public Citizen citizen() {
        String nrn = registerNumber.getText();
        return new Citizen(nrn.isBlank() ? null : NationalRegisterNumber.parse(nrn), givenName.getText(),
                familyName.getText(), withContact ? email.getText() : null, withContact ? phone.getText() : null);
    }

    public String givenName() {
        return givenName.getText();
    }

    public String familyName() {
        return familyName.getText();
    }

    public String registerNumber() {
        return registerNumber.getText();
    }

    public String email() {
        return email.getText();
    }

    public String phone() {
        return phone.getText();
    }

    /** Empties every field, so that the next citizen starts from a clean form. */
    public void clear() {
        for (JTextField f : List.of(givenName, familyName, registerNumber, email, phone)) {
            f.setText("");
        }
    }

    private void row(JPanel form, String labelKey, JTextField field) {
        JLabel label = new JLabel(messages.get(labelKey));
        label.setLabelFor(field);
        form.add(label);
        form.add(field);
    }

    private static JTextField field(String name, int columns) {
        JTextField field = new JTextField(columns);
        field.setName(name);
        return field;
    }
}
