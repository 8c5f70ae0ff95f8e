package com.kraviabridge.erp.odoo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.Base64;

/** A serialisable class that records being deserialised: stands in for a gadget chain. */
public final class Tripwire extends RuntimeException implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static volatile boolean triggered;

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        triggered = true;
        in.defaultReadObject();
    }

    /** The base64 text of a serialised instance, as a hostile server would embed it. */
    public static String serialisedBase64() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Tripwire());
            out.flush();
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
