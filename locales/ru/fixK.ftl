# Helper fixK, round 22. W22-27: what a librarian leaves when her rights are taken away, and whom it goes to.
fixk-staff-revoke-groups = Открытых групп: { $count }. Их получит другой библиотекарь того же центра, а где его нет — вы. Участникам вопросы будут направлять к нему или на телефон центра.
fixk-staff-revoke-calls = Ждут звонка: { $count }. Эти звонки видят в /calls другие библиотекари центра, а где их нет — вы.
fixk-staff-revoke-alone = Без библиотекаря останется: { $centers }. Пригласить нового: /staff
fixk-staff-revoked-groups = Передано групп: { $count }. Кому какие — в /classes.
fixk-staff-groups-given = Вам переданы группы, которые вела { $name }: { $count }. Они в /classes, звонки — в /calls.
