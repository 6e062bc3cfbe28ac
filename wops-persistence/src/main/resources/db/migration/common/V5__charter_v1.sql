-- The first version of the WOP Charter, in the platform's own words. Later versions are published through the platform.
insert into charter_versions (number, title, principles, code_of_conduct, published_at, published_by) values
(1, 'Charter of Water Operators'' Partnerships',
'1. Not for profit. A WOP is a peer-support exchange between water and sanitation operators. No partner makes a profit from it: money changes hands only to cover costs such as staff time, travel, training and equipment.
2. Solidarity among peers. Partners help one another because they share a public mission: safe, affordable and sustainable water and sanitation services for everyone they serve.
3. Mutual respect and equality. Mentors and mentees, or peers, treat each other as equals, each bringing knowledge, experience and interests of its own.
4. Demand-driven. The support answers the needs the receiving operator itself has identified, and builds on what it already does well.
5. Lasting capacity. The aim is capacity that stays with the operator and its staff after the partnership ends, measured by better performance and service.
6. Transparency and accountability. Partners share plans, contributions, progress and results openly with each other, with their supporters and with the public.',
'1. Before any work starts, the partners write and sign an agreement that states the objectives and expected outputs, each partner''s roles and responsibilities, the cash and in-kind value each contributes, and each party''s interests.
2. Every partner endorses this Charter before the partnership is agreed, and abides by it for as long as the partnership runs.
3. No fee, margin or profit is charged by any partner; contributions and costs are recorded truthfully.
4. Partners keep each other informed, report progress at the agreed milestones, and account for results honestly, including what did not work.
5. Partners respect each other''s staff, customers, data and institutions, and do not use the partnership to win commercial contracts.
6. A partnership that breaks these rules may not carry the WOP label.',
timestamp with time zone '2026-01-01 00:00:00+00', 'WOPs alliance secretariat');
