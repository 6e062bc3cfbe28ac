-- Charter versions carry their text in French and Spanish beside the English one (a missing translation: null, the
-- reader then sees the English text with a note). Version 1, in the platform's own words, in all three languages.
alter table charter_versions add column title_fr varchar(200);
alter table charter_versions add column principles_fr varchar(100000);
alter table charter_versions add column code_of_conduct_fr varchar(100000);
alter table charter_versions add column title_es varchar(200);
alter table charter_versions add column principles_es varchar(100000);
alter table charter_versions add column code_of_conduct_es varchar(100000);

update charter_versions set
title_fr = 'Charte des partenariats entre opérateurs d''eau',
principles_fr = '1. Sans but lucratif. Un WOP est un échange d''entraide entre pairs, entre opérateurs d''eau et d''assainissement. Aucun partenaire n''en tire de profit : l''argent ne change de mains que pour couvrir des coûts tels que le temps du personnel, les déplacements, la formation et l''équipement.
2. Solidarité entre pairs. Les partenaires s''entraident parce qu''ils partagent une mission de service public : des services d''eau et d''assainissement sûrs, abordables et durables pour toutes les personnes qu''ils desservent.
3. Respect mutuel et égalité. Mentors et mentorés, ou pairs, se traitent d''égal à égal, chacun apportant ses propres connaissances, son expérience et ses intérêts.
4. Fondé sur la demande. Le soutien répond aux besoins que l''opérateur bénéficiaire a lui-même identifiés et s''appuie sur ce qu''il fait déjà bien.
5. Des capacités durables. Le but est que les capacités restent acquises à l''opérateur et à son personnel après la fin du partenariat, ce que mesurent de meilleures performances et un meilleur service.
6. Transparence et redevabilité. Les partenaires partagent ouvertement leurs plans, leurs contributions, leurs progrès et leurs résultats entre eux, avec ceux qui les soutiennent et avec le public.',
code_of_conduct_fr = '1. Avant le début de tout travail, les partenaires rédigent et signent un accord qui énonce les objectifs et les résultats attendus, les rôles et responsabilités de chaque partenaire, la valeur en espèces et en nature de la contribution de chacun, et les intérêts de chaque partie.
2. Chaque partenaire adhère à la présente Charte avant que le partenariat ne soit conclu et la respecte tant que le partenariat dure.
3. Aucun partenaire ne facture de frais, de marge ni de profit ; les contributions et les coûts sont enregistrés fidèlement.
4. Les partenaires se tiennent mutuellement informés, rendent compte de leurs progrès aux jalons convenus et rendent compte honnêtement des résultats, y compris de ce qui n''a pas fonctionné.
5. Les partenaires respectent le personnel, les usagers, les données et les institutions les uns des autres, et n''utilisent pas le partenariat pour remporter des contrats commerciaux.
6. Un partenariat qui enfreint ces règles ne peut pas porter le label WOP.',
title_es = 'Carta de las alianzas entre operadores de agua',
principles_es = '1. Sin fines de lucro. Una WOP es un intercambio de apoyo entre pares, entre operadores de agua y saneamiento. Ningún socio obtiene beneficios de ella: el dinero solo cambia de manos para cubrir costos como el tiempo del personal, los viajes, la capacitación y el equipo.
2. Solidaridad entre pares. Los socios se ayudan mutuamente porque comparten una misión pública: servicios de agua y saneamiento seguros, asequibles y sostenibles para todas las personas a las que sirven.
3. Respeto mutuo e igualdad. Mentores y mentorados, o pares, se tratan como iguales, y cada uno aporta sus propios conocimientos, experiencia e intereses.
4. Impulsada por la demanda. El apoyo responde a las necesidades que el propio operador receptor ha identificado y se basa en lo que ya hace bien.
5. Capacidad duradera. El objetivo es una capacidad que permanezca en el operador y su personal una vez terminada la alianza, medida por un mejor desempeño y un mejor servicio.
6. Transparencia y rendición de cuentas. Los socios comparten abiertamente sus planes, contribuciones, avances y resultados entre sí, con quienes los apoyan y con el público.',
code_of_conduct_es = '1. Antes de que comience cualquier trabajo, los socios redactan y firman un acuerdo que establece los objetivos y los productos esperados, las funciones y responsabilidades de cada socio, el valor en efectivo y en especie que aporta cada uno y los intereses de cada parte.
2. Cada socio se adhiere a esta Carta antes de que se acuerde la alianza y la respeta mientras la alianza esté en marcha.
3. Ningún socio cobra honorarios, márgenes ni beneficios; las contribuciones y los costos se registran fielmente.
4. Los socios se mantienen mutuamente informados, informan de sus avances en los hitos acordados y rinden cuentas de los resultados con honestidad, incluido lo que no funcionó.
5. Los socios respetan al personal, los clientes, los datos y las instituciones de los demás, y no utilizan la alianza para obtener contratos comerciales.
6. Una alianza que incumpla estas reglas no puede llevar la etiqueta WOP.'
where number = 1;
