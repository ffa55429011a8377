-- A person's language is null until they choose one (at registration or with the switcher):
-- people made by the demo seeder read the platform in their browser's language instead.
alter table identity.person alter column language drop not null;
alter table identity.person alter column language drop default;
