package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.product.Product;

/** One blank walk-in form: its unique serial and the product it is printed for. */
record WalkInForm(String serial, Product product) {
}
