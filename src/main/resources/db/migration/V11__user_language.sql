-- The language a user chose in the app (a BCP 47 tag such as es-US); empty means the browser's.
ALTER TABLE app_user ADD COLUMN language VARCHAR(16);
