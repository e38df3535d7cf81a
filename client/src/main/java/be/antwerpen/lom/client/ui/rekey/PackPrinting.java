package be.antwerpen.lom.client.ui.rekey;

import java.awt.Desktop;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints pack PDFs through the system print dialog and opens the pack folder in the file manager. The
 * PDFs that list citizens are encrypted with the desk's pack password (ADR 0046): they are opened
 * with it in memory, never written out in clear.
 */
public final class PackPrinting {

    private final Supplier<char[]> packPassword;
    private final Runnable printed;

    /** @param packPassword the desk's pack password (read from the sealed store while someone is logged in) */
    public PackPrinting(Supplier<char[]> packPassword) {
        this(packPassword, () -> { });
    }

    /** @param printed told when a print run finished: the desk keeps when its pack was last printed (ADR 0111) */
    public PackPrinting(Supplier<char[]> packPassword, Runnable printed) {
        this.packPassword = packPassword;
        this.printed = printed;
    }

    /**
     * Shows the print dialog (call on the event thread) and returns the job to run, or {@code null}
     * when the user cancelled. {@link PrintRun#print()} blocks: run it in the background.
     */
    public PrintRun prepare(List<Path> files, String jobName) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        return job.printDialog() ? new PrintRun(job, List.copyOf(files), packPassword, printed) : null;
    }

    /** The desk's pack password, to show to a supervisor; blocking (reads the store). */
    public char[] packPassword() {
        return packPassword.get();
    }

    /** Opens the folder with the desktop's file manager; false when that is not supported here. */
    public boolean open(Path folder) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
            return true;
        }
        return false;
    }

    /** A confirmed print job over one or more PDFs. */
    public record PrintRun(PrinterJob job, List<Path> files, Supplier<char[]> packPassword, Runnable printed) {

        public void print() throws IOException, PrinterException {
            char[] password = packPassword.get();
            try {
                for (Path file : files) {
                    try (PDDocument document = Loader.loadPDF(file.toFile(), new String(password))) {
                        job.setPageable(new PDFPageable(document));
                        job.print();
                    }
                }
                printed.run();
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
