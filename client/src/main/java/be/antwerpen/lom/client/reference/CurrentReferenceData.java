package be.antwerpen.lom.client.reference;

import be.antwerpen.lom.model.product.Product;
import be.antwerpen.lom.model.reference.ReferenceData;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The reference data the desk works with right now: loaded from the local copy, replaced by a snapshot. */
public final class CurrentReferenceData {

    private static final Duration UNKNOWN_PRODUCT_DURATION = Duration.ofMinutes(10);

    private volatile ReferenceData data;

    public Optional<ReferenceData> get() {
        return Optional.ofNullable(data);
    }

    public void set(ReferenceData data) {
        this.data = data;
    }

    public List<Product> products() {
        ReferenceData current = data;
        return current == null ? List.of() : current.products();
    }

    /** The duration of a product; a code the desk does not know yet counts as one slot. */
    public Duration durationOf(String productCode) {
        ReferenceData current = data;
        if (current == null) {
            return UNKNOWN_PRODUCT_DURATION;
        }
        return current.product(productCode).map(Product::duration).orElse(UNKNOWN_PRODUCT_DURATION);
    }
}
