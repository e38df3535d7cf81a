package be.antwerpen.lom.model.product;

/** Channels other than the physical counter through which a product can be obtained. */
public enum Channel {
    ONLINE,
    KIOSK
}
