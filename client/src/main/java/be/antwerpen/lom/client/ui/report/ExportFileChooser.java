package be.antwerpen.lom.client.ui.report;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;

/** Asks where to save an export, proposing a file name; confirms before overwriting a file. */
public class ExportFileChooser {

    private File lastFolder;

    /** The chosen file, or empty when the supervisor cancelled. Call on the event thread. */
    public Optional<Path> choose(Component parent, String suggestedName, String overwriteQuestion) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("report.fileChooser");
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggestedName));
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return Optional.empty();
        }
        File file = chooser.getSelectedFile();
        lastFolder = file.getParentFile();
        if (file.exists() && JOptionPane.showConfirmDialog(parent, overwriteQuestion, file.getName(),
                JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        return Optional.of(file.toPath());
    }
}
