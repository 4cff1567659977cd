"""One module per care rule (PRODUCT.md §4); ``cockpit.care.registry`` lists them."""
