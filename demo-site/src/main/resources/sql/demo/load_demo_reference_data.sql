-- Reference data of the demo shop, loaded when the storefront creates the database on its first start.
-- The catalogue, customers and offers are created by io.loyaltyclub.demo.data.DemoDataLoader.

-- One currency; the storefront speaks four languages.
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('USD', 'US Dollar', TRUE);
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, USE_IN_SEARCH_INDEX, CURRENCY_CODE) VALUES ('en_US', TRUE, 'English', FALSE, 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, USE_IN_SEARCH_INDEX, CURRENCY_CODE) VALUES ('he_IL', FALSE, 'עברית', FALSE, 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, USE_IN_SEARCH_INDEX, CURRENCY_CODE) VALUES ('fa_IR', FALSE, 'فارسی', FALSE, 'USD');
INSERT INTO BLC_LOCALE (LOCALE_CODE, DEFAULT_FLAG, FRIENDLY_NAME, USE_IN_SEARCH_INDEX, CURRENCY_CODE) VALUES ('lv_LV', FALSE, 'Latviešu', FALSE, 'USD');

-- Countries the demo ships to.
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('US', 'United States');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('CA', 'Canada');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('GB', 'United Kingdom');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('DE', 'Germany');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('FR', 'France');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('IL', 'Israel');
INSERT INTO BLC_COUNTRY (ABBREVIATION, NAME) VALUES ('LV', 'Latvia');

-- Shoppers who register get ROLE_USER.
INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (-1, 'ROLE_USER');

-- The demo admin: admin / admin (BCrypt, see io.loyaltyclub.demo.security.BCryptPasswordEncoder), master access.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD) VALUES (-1, TRUE, 'admin@demo-shop.example', 'admin', 'Demo Administrator', '$2a$10$9ZgvQ1KWgitKWR1eDlKdG.kDKzXaqqBojTzT.Dr5LQOGwaCoZNjoG');
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-1, -1);

-- A customer service rep: csr / csr, Broadleaf's CSR role (customers and orders), which the loyalty club lets see
-- members' points but not adjust them.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, ACTIVE_STATUS_FLAG, EMAIL, LOGIN, NAME, PASSWORD) VALUES (-2, TRUE, 'csr@demo-shop.example', 'csr', 'Demo Customer Service', '$2a$10$9al6ao5FDkV.tQTIA/xu2uI96PT31p4IglEbfXPPDz1hyu1McbtqW');
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-2, -4);
