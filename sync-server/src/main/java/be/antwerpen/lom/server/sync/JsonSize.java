package be.antwerpen.lom.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/** Whether a JSON value written out takes more than a number of bytes, found without holding the written bytes. */
final class JsonSize {

    private JsonSize() {
    }

    static boolean exceeds(ObjectMapper json, JsonNode value, int limit) {
        Counting out = new Counting(limit);
        try {
            json.writeValue(out, value);
            return false;
        } catch (IOException overLimit) {
            return out.over;
        }
    }

    /** Counts the bytes written and stops the writing once they pass the limit. */
    private static final class Counting extends OutputStream {
        private final int limit;
        private long written;
        private boolean over;

        Counting(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
        }

        private void count(int bytes) throws IOException {
            written += bytes;
            if (written > limit) {
                over = true;
                throw new IOException("over " + limit + " bytes");
            }
        }
    }
}
