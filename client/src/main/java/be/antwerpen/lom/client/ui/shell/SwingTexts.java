package be.antwerpen.lom.client.ui.shell;

import be.antwerpen.lom.client.ui.Messages;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The texts of Swing's own dialogs (JOptionPane buttons and titles, the JFileChooser) in the desk's
 * language: the JDK has no Dutch for them, so each key is set from the bundle ({@code swing.<key>}) at
 * start-up and on every language switch. {@code UIManager.put} survives a theme switch.
 */
public final class SwingTexts {

    /** The UIManager keys set from the bundle; the walk test checks every one has a text in both languages. */
    public static final List<String> KEYS = List.of(
            "OptionPane.okButtonText", "OptionPane.cancelButtonText", "OptionPane.yesButtonText",
            "OptionPane.noButtonText", "OptionPane.titleText", "OptionPane.inputDialogTitle",
            "OptionPane.messageDialogTitle",
            "FileChooser.saveButtonText", "FileChooser.openButtonText", "FileChooser.cancelButtonText",
            "FileChooser.updateButtonText", "FileChooser.helpButtonText", "FileChooser.directoryOpenButtonText",
            "FileChooser.saveButtonToolTipText", "FileChooser.openButtonToolTipText",
            "FileChooser.cancelButtonToolTipText", "FileChooser.updateButtonToolTipText",
            "FileChooser.helpButtonToolTipText", "FileChooser.directoryOpenButtonToolTipText",
            "FileChooser.saveDialogTitleText", "FileChooser.openDialogTitleText",
            "FileChooser.lookInLabelText", "FileChooser.saveInLabelText", "FileChooser.fileNameLabelText",
            "FileChooser.folderNameLabelText", "FileChooser.filesOfTypeLabelText",
            "FileChooser.upFolderToolTipText", "FileChooser.upFolderAccessibleName",
            "FileChooser.homeFolderToolTipText", "FileChooser.homeFolderAccessibleName",
            "FileChooser.newFolderToolTipText", "FileChooser.newFolderAccessibleName",
            "FileChooser.listViewButtonToolTipText", "FileChooser.listViewButtonAccessibleName",
            "FileChooser.detailsViewButtonToolTipText", "FileChooser.detailsViewButtonAccessibleName",
            "FileChooser.acceptAllFileFilterText", "FileChooser.newFolderErrorText",
            "FileChooser.fileNameHeaderText", "FileChooser.fileSizeHeaderText", "FileChooser.fileTypeHeaderText",
            "FileChooser.fileDateHeaderText", "FileChooser.fileAttrHeaderText",
            "FileChooser.viewMenuLabelText", "FileChooser.refreshActionLabelText",
            "FileChooser.newFolderActionLabelText", "FileChooser.listViewActionLabelText",
            "FileChooser.detailsViewActionLabelText", "FileChooser.other.newFolder",
            "FileChooser.other.newFolder.subsequent", "FileChooser.win32.newFolder",
            "FileChooser.win32.newFolder.subsequent", "FileChooser.fileSizeKiloBytes",
            "FileChooser.fileSizeMegaBytes", "FileChooser.fileSizeGigaBytes");

    private SwingTexts() {
    }

    /** Sets every key from {@code messages}; call on the event thread before a dialog is built. */
    public static void apply(Messages messages) {
        JComponent.setDefaultLocale(messages.locale());
        for (String key : KEYS) {
            UIManager.put(key, messages.get("swing." + key));
        }
        UIManager.put("OptionPane.okButtonMnemonic", mnemonic(messages, "OptionPane.okButtonMnemonic"));
        UIManager.put("OptionPane.cancelButtonMnemonic", mnemonic(messages, "OptionPane.cancelButtonMnemonic"));
        UIManager.put("OptionPane.yesButtonMnemonic", mnemonic(messages, "OptionPane.yesButtonMnemonic"));
        UIManager.put("OptionPane.noButtonMnemonic", mnemonic(messages, "OptionPane.noButtonMnemonic"));
        UIManager.put("FileChooser.saveButtonMnemonic", mnemonic(messages, "FileChooser.saveButtonMnemonic"));
        UIManager.put("FileChooser.openButtonMnemonic", mnemonic(messages, "FileChooser.openButtonMnemonic"));
        UIManager.put("FileChooser.cancelButtonMnemonic", mnemonic(messages, "FileChooser.cancelButtonMnemonic"));
    }

    /** A mnemonic as Swing's dialogs read it: the key code of the letter, as a string. */
    private static String mnemonic(Messages messages, String key) {
        String letter = messages.get("swing." + key);
        return Integer.toString(java.awt.event.KeyEvent.getExtendedKeyCodeForChar(Character.toUpperCase(letter.charAt(0))));
    }
}
