package be.antwerpen.lom.client.supervisor;

import be.antwerpen.lom.client.failure.DeskFailure;

/** An export could not be written to the chosen file; the file is left as it was. */
public class FileNotSavedException extends DeskFailure {

    public FileNotSavedException(String message, Throwable cause) {
        super(message, cause, "report.notSaved");
    }
}
