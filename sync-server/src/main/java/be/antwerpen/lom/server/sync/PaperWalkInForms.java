package be.antwerpen.lom.server.sync;

import be.antwerpen.lom.model.sync.CommandPayload;
import be.antwerpen.lom.model.sync.Commands;
import be.antwerpen.lom.model.sync.PaperPile;
import be.antwerpen.lom.model.validation.PaperSerialFormat;
import be.antwerpen.lom.server.command.Rejected;
import be.antwerpen.lom.server.serial.PaperSerial;
import be.antwerpen.lom.server.serial.SerialPrefixes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * What a pushed walk-in may name of a blank paper form: a serial of its own location's series that no other walk-in
 * holds (ADR 0093, 0155), and the pile that holds it (ADR 0159). Checked before anything of the command is written.
 */
final class PaperWalkInForms {

    private final SerialPrefixes prefixes;
    private final ReceiptRepository receipts;

    PaperWalkInForms(SerialPrefixes prefixes, ReceiptRepository receipts) {
        this.prefixes = prefixes;
        this.receipts = receipts;
    }

    /**
     * A paper walk-in form is re-keyed once (ADR 0093), and only at the location it was printed for (ADR 0155): a
     * walk-in naming a serial outside its location's series (another location's prefix, or a mistyped one), or a
     * serial that another walk-in already holds, is refused before anything is written. Another location's serial
     * would otherwise take that location's real form's serial and leave it missing on its day-end report. A serial
     * of the location's own series is accepted whether a lease holds it or not: after a restore of the server from
     * a backup older than the lease, the forms printed from it are real. The same walk-in delivered again passes and
     * is answered as already registered.
     */
    void refuseSerialNotForThisWalkIn(Connection c, CommandPayload payload, Map<String, String> serialsOfChunk)
            throws SQLException {
        if (!(payload instanceof Commands.RegisterWalkIn w) || w.paperSerial() == null || w.paperSerial().isBlank()
                || w.appointmentId() == null) {
            return;
        }
        if (!PaperSerialFormat.isSerial(w.paperSerial())) {
            return; // not a serial at all: the command's own rules say so (ADR 0062)
        }
        String serial = PaperSerial.canonical(w.paperSerial());
        Optional<PaperSerial> parsed = PaperSerial.parse(serial);
        if (parsed.isPresent() && !parsed.get().prefix().equals(prefixes.prefixFor(w.locationId()))) {
            throw Rejected.because("paper.serialNotLeasedHere", "paper form " + serial + " is not of this location's"
                    + " series; check the serial on the form", serial);
        }
        refusePileNotHoldingTheSerial(w, parsed);
        String holder = serialsOfChunk.get(serial);
        if (holder == null) {
            holder = receipts.paperSerialHolder(c, serial).orElse(null);
        }
        if (holder != null && !holder.equals(w.appointmentId().toString())) {
            throw Rejected.because("paper.serialTaken", "paper form " + serial + " was already re-keyed as another"
                    + " walk-in; check the serial on the form", serial);
        }
    }

    /**
     * A paper pile named with a walk-in (ADR 0159) is the run of one prefix's serials that holds the form's serial,
     * at most {@link PaperPile#MAX_FORMS} long. A pile that is not is refused with the walk-in: the day-end report
     * counts the pile's serials below the highest re-keyed one as handed out, so a pile reaching over other forms
     * would make them missing.
     */
    private static void refusePileNotHoldingTheSerial(Commands.RegisterWalkIn w, Optional<PaperSerial> serial) {
        PaperPile pile = w.paperPile();
        if (pile == null) {
            return;
        }
        Optional<PaperSerial> first = PaperSerial.parse(pile.first());
        Optional<PaperSerial> last = PaperSerial.parse(pile.last());
        boolean holds = serial.isPresent() && first.isPresent() && last.isPresent()
                && first.get().prefix().equals(serial.get().prefix()) && last.get().prefix().equals(serial.get().prefix())
                && first.get().number() <= serial.get().number() && serial.get().number() <= last.get().number()
                && last.get().number() - first.get().number() < PaperPile.MAX_FORMS;
        if (!holds) {
            throw Rejected.because("paper.pileInvalid", "the pile named with paper form " + serial.map(
                    PaperSerial::printed).orElse("?") + " does not hold it, or holds over " + PaperPile.MAX_FORMS
                    + " forms");
        }
    }

}
