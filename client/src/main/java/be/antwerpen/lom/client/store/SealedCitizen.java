package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;

/** A citizen's personal data as one sealed block, bound to the appointment it belongs to. */
final class SealedCitizen {

    private static final int FORMAT = 1;

    private final PersonalDataVault vault;

    SealedCitizen(PersonalDataVault vault) {
        this.vault = vault;
    }

    byte[] seal(UUID appointmentId, Citizen citizen) {
        byte[] plain = encode(citizen);
        try {
            return vault.seal(plain, context(appointmentId));
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    Citizen open(UUID appointmentId, byte[] sealed) {
        byte[] plain = vault.open(sealed, context(appointmentId));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            if (in.readUnsignedByte() != FORMAT) {
                throw new StoreException("a sealed citizen has an unknown format", null);
            }
            String nrn = optional(in);
            return new Citizen(nrn == null ? null : NationalRegisterNumber.parse(nrn), optional(in), optional(in),
                    optional(in), optional(in));
        } catch (IOException e) {
            throw new StoreException("a sealed citizen cannot be read", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static String context(UUID appointmentId) {
        return "appointment.citizen\n" + appointmentId;
    }

    private static byte[] encode(Citizen citizen) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            optional(out, citizen.nationalRegisterNumber() == null ? null
                    : citizen.nationalRegisterNumber().digits());
            optional(out, citizen.givenName());
            optional(out, citizen.familyName());
            optional(out, citizen.email());
            optional(out, citizen.phone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void optional(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
