-- Where the sync posts in the books, as the freelancer chose: optionally an item for invoice lines, and the books' tax
-- rate for each Becflow tax rate (by percentage; 0 for lines without tax). Sales and bank accounts were kept already.
ALTER TABLE books_connection ADD COLUMN item varchar(50);

CREATE TABLE books_tax_rate (
    vendor     varchar(16)   NOT NULL REFERENCES books_connection (vendor) ON DELETE CASCADE,
    percent    numeric(7,3)  NOT NULL CHECK (percent >= 0 AND percent <= 100),
    tax_rate   varchar(50)   NOT NULL,
    PRIMARY KEY (vendor, percent)
);
