-- Accounts opened in bulk (demo mode) were written with version 0, which Spring Data JDBC reads as
-- "never saved": the first change to such an account (a password reset by the administrator) tried
-- to insert it again and failed on its key. A saved account's first version is 1.
update user_account set version = 1 where version = 0;
