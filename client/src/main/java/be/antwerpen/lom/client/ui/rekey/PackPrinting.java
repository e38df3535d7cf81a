package be.antwerpen.lom.client.ui.rekey;

import java.awt.Desktop;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Prints pack PDFs through the system print dialog and opens the pack folder in the file manager. */
public final class PackPrinting {

    /**
     * Shows the print dialog (call on the event thread) and returns the job to run, or {@code null}
     * when the user cancelled. {@link PrintRun#print()} blocks: run it in the background.
     */
    public PrintRun prepare(List<Path> files, String jobName) {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        return job.printDialog() ? new PrintRun(job, List.copyOf(files)) : null;
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
    public record PrintRun(PrinterJob job, List<Path> files) {

        public void print() throws IOException, PrinterException {
            for (Path file : files) {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    job.setPageable(new PDFPageable(document));
                    job.print();
                }
            }
        }
    }
}
