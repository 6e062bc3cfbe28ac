-- Working areas that real WOPs name and the reference list lacked (issue 16, item 6): the sources' "outsourcing and
-- contract management", "occupational health and safety", "engineering and design", "partnership management",
-- "investment projects and capital works" and "operating manuals and standard procedures", in EN, FR and ES.
insert into working_areas (code, name_en, name_fr, name_es, position) values
('CONTRACTS', 'Outsourcing and contract management', 'Externalisation et gestion des contrats', 'Tercerización y gestión de contratos', 20),
('HEALTH_SAFETY', 'Occupational health and safety', 'Santé et sécurité au travail', 'Seguridad y salud en el trabajo', 21),
('ENGINEERING', 'Engineering and design', 'Ingénierie et conception', 'Ingeniería y diseño', 22),
('PARTNERSHIP_MANAGEMENT', 'Partnership management', 'Gestion de partenariats', 'Gestión de alianzas', 23),
('CAPITAL_WORKS', 'Investment projects and capital works', 'Projets d''investissement et travaux d''infrastructure', 'Proyectos de inversión y obras de infraestructura', 24),
('PROCEDURES', 'Operating manuals and standard procedures', 'Manuels d''exploitation et procédures normalisées', 'Manuales de operación y procedimientos normalizados', 25);
