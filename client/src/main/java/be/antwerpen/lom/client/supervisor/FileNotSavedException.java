package be.antwerpen.lom.client.supervisor;

/** An export could not be written to the chosen file; the file is left as it was. */
public class FileNotSavedException extends RuntimeException {

    public FileNotSavedException(String message, Throwable cause) {
        super(message, cause);
    }
}
