package be.antwerpen.lom.client.ui.desks;

import be.antwerpen.lom.client.drill.DrillReportPdf;
import be.antwerpen.lom.client.ui.BackgroundTasks;
import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.drill.DrillReport;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

/** The drill report on screen, with "save as PDF" (ADR 0113). */
final class DrillReportDialog {

    private DrillReportDialog() {
    }

    static void show(Component parent, DrillReport report, DrillReportText text, Messages messages,
                     BackgroundTasks tasks) {
        List<String> lines = text.lines(report);
        JDialog dialog = new JDialog(SwingUtilities.getWindowAncestor(parent), text.title());
        dialog.setName("drillReportDialog");
        JTextArea area = new JTextArea(String.join("\n", lines.stream()
                .map(l -> l.startsWith("# ") ? "\n" + l.substring(2).toUpperCase(messages.locale()) : l).toList()));
        area.setName("drillReport.text");
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        JLabel status = new JLabel(" ");
        status.setName("drillReport.status");
        JButton save = new JButton(messages.get("drill.savePdf"));
        save.setName("drillReport.savePdf");
        save.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setSelectedFile(new File("oefening-" + report.drill().id() + ".pdf"));
            if (chooser.showSaveDialog(dialog) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            Path target = chooser.getSelectedFile().toPath();
            tasks.run(() -> {
                byte[] pdf = new DrillReportPdf().write(text.title(), lines);
                Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".drill", ".pdf");
                Files.write(temporary, pdf);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return target;
            }, saved -> status.setText(messages.get("drill.saved", saved)),
                    failed -> status.setText(messages.get("drill.saveFailed")));
        });
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.LEFT));
        bottom.add(save);
        bottom.add(status);
        dialog.getContentPane().add(new JScrollPane(area), BorderLayout.CENTER);
        dialog.getContentPane().add(bottom, BorderLayout.SOUTH);
        dialog.setPreferredSize(new Dimension(760, 560));
        dialog.pack();
        dialog.setLocationRelativeTo(parent);
        dialog.setVisible(true);
    }
}
