import { IMPORT_KINDS, type ImportKind } from './import-kinds'
import type { Bilingual } from './messages'

/** What a column can be mapped to. Some feed one record field, some help another. */
export type ImportField =
  | 'id'
  | 'nameRu'
  | 'nameEn'
  | 'shortName'
  | 'kind'
  | 'industries'
  | 'okved'
  | 'region'
  | 'municipality'
  | 'address'
  | 'inn'
  | 'coordinates'
  | 'lat'
  | 'lon'
  | 'precision'
  | 'founded'
  | 'website'
  | 'description'
  | 'park'
  | 'ownership'
  | 'areaHa'
  | 'title'
  | 'titleEn'
  | 'date'
  | 'endDate'
  | 'datePrecision'
  | 'fromRegion'
  | 'toRegion'
  | 'delegation'
  | 'hosts'
  | 'organisations'
  | 'sitesVisited'
  | 'eventType'
  | 'relevance'
  | 'regions'
  | 'entities'
  | 'visit'
  | 'summary'
  | 'notes'
  | 'confidence'
  | 'origin'
  | 'sources'

export interface FieldDef {
  field: ImportField
  kinds: readonly ImportKind[]
  /** Header in templates; the app's own export uses the same words, so exports read back. */
  ru: string
  en: string
  /** Other headers people write, `|`-separated, compared case- and punctuation-blind. */
  also: string
  help: Bilingual
}

const P = ['enterprises', 'parks'] as const
const E = ['enterprises'] as const
const K = ['parks'] as const
const V = ['visits'] as const
const N = ['events'] as const
const VN = ['visits', 'events'] as const
const ALL = IMPORT_KINDS

const f = (
  field: ImportField,
  kinds: readonly ImportKind[],
  ru: string,
  en: string,
  also: string,
  helpRu: string,
  helpEn: string,
): FieldDef => ({ field, kinds, ru, en, also, help: { ru: helpRu, en: helpEn } })

/** Every importable column, in template order. */
// prettier-ignore
const FIELD_DEFS: readonly FieldDef[] = [
  f('id', ALL, 'Идентификатор', 'ID', 'ид|код записи|record id', 'Латиница, цифры, «.», «_», «-»; если пусто — создаётся из имени файла и номера строки', 'Latin letters, digits, ".", "_", "-"; when empty, made from the file name and row number'),
  f('nameRu', P, 'Название (рус.)', 'Name (Russian)', 'наименование|название|название организации|наименование организации|полное наименование|организация|предприятие|name|name ru|organisation|organization|company', 'Полное название по-русски (обязательно)', 'Full name in Russian (required)'),
  f('nameEn', P, 'Название (англ.)', 'Name (English)', 'наименование англ|name en|english name', 'Название по-английски', 'Name in English'),
  f('shortName', P, 'Краткое название', 'Short name', 'краткое наименование|сокращенное наименование|сокращенное название', 'Краткое название', 'Short name'),
  f('kind', P, 'Вид', 'Kind', 'тип|тип организации|вид организации|type', 'Предприятие: enterprise, holding, association, government-body; парк: industrial-park, sez, technopark, cluster. Пусто — enterprise или industrial-park', 'Enterprise: enterprise, holding, association, government-body; park: industrial-park, sez, technopark, cluster. Empty: enterprise or industrial-park'),
  f('industries', P, 'Отрасли', 'Industries', 'отрасль|сфера|отрасль промышленности|industry|sector', 'Отрасли через «;»: идентификатор, название или код ОКВЭД', 'Industries separated by ";": id, label or OKVED code'),
  f('okved', P, 'ОКВЭД', 'OKVED', 'оквэд 2|оквэд2|код оквэд|основной оквэд|основной вид деятельности оквэд|nace', 'Код ОКВЭД 2; отрасль выводится по таблице docs/okved.md', 'OKVED 2 code; the industry follows the table in docs/okved.md'),
  f('region', P, 'Регион', 'Region', 'субъект|субъект рф|регион рф', 'Код ISO 3166-2 (RU-SMO) или название; пусто — домашний регион, если известен район или точка в нём', 'ISO 3166-2 code (RU-SMO) or name; empty: the home region when the municipality or the point is in it'),
  f('municipality', P, 'Муниципальное образование', 'Municipality', 'район|муниципальный район|муниципальный округ|мо|городской округ|district|municipal district', 'Идентификатор или название в любой обычной форме («Вяземский район», «г. Вязьма»)', 'Id or name in any common form ("Vyazemsky District", "Vyazma")'),
  f('address', P, 'Адрес', 'Address', 'юридический адрес|фактический адрес|местонахождение|адрес площадки', 'Адрес; сохраняется в примечаниях, район ищется в нём, если не указан', 'Address; kept in the notes; the municipality is looked for in it when not given'),
  f('inn', P, 'ИНН', 'INN', 'tin|taxpayer id', 'ИНН; сохраняется в примечаниях', 'Taxpayer number; kept in the notes'),
  f('coordinates', P, 'Координаты', 'Coordinates', 'coords|location|широта долгота|lat lon|latlon|геоточка', 'Широта и долгота в одной ячейке: «54.78, 32.05»', 'Latitude and longitude in one cell: "54.78, 32.05"'),
  f('lat', P, 'Широта', 'Latitude', 'lat|y|широта с ш', 'Десятичные градусы, точка или запятая: 54,7818', 'Decimal degrees, dot or comma: 54.7818'),
  f('lon', P, 'Долгота', 'Longitude', 'lon|lng|long|x|долгота в д', 'Десятичные градусы, точка или запятая: 32,0453', 'Decimal degrees, dot or comma: 32.0453'),
  f('precision', P, 'Точность положения', 'Position precision', 'точность координат|precision|location precision', 'site, settlement, stand-in или unknown; пусто — site при координатах', 'site, settlement, stand-in or unknown; empty: site when coordinates are given'),
  f('founded', P, 'Год основания', 'Founded', 'основан|основано|дата основания|дата регистрации|year founded', 'Год (или дата, из неё берётся год)', 'Year (or a date; its year is taken)'),
  f('website', P, 'Сайт', 'Website', 'веб сайт|сайт организации|web|url|site|www|homepage', 'Адрес сайта', 'Website address'),
  f('description', P, 'Описание', 'Description', 'деятельность|вид деятельности|о предприятии', 'Описание одной-двумя фразами', 'One or two sentences'),
  f('park', E, 'Парк или зона', 'Park or zone', 'парк|резидент парка|индустриальный парк|park', 'Идентификатор или название парка, резидентом которого является предприятие', 'Id or name of the park the enterprise is a resident of'),
  f('ownership', K, 'Форма собственности', 'Ownership', 'собственность', 'state, private или unknown', 'state, private or unknown'),
  f('areaHa', K, 'Площадь, га', 'Area, ha', 'площадь|площадь га|area|area ha', 'Площадь в гектарах', 'Area in hectares'),
  f('title', VN, 'Название', 'Title', 'заголовок|событие|наименование|тема|name|title ru', 'Заголовок по-русски (обязательно)', 'Title in Russian (required)'),
  f('titleEn', VN, 'Название (англ.)', 'Title (English)', 'заголовок англ|title en|english title', 'Заголовок по-английски', 'Title in English'),
  f('date', VN, 'Дата (ISO)', 'Date (ISO)', 'дата|дата начала|дата события|date|start date|start', 'Дата: 15.11.2025, 2025-11-15, ноябрь 2025 или дата Excel', 'Date: 15.11.2025, 2025-11-15, November 2025 or an Excel date'),
  f('endDate', V, 'Дата окончания (ISO)', 'End date (ISO)', 'дата окончания|окончание|end date|end', 'Дата окончания визита', 'Last day of the visit'),
  f('datePrecision', VN, 'Точность даты', 'Date precision', 'date precision', 'day, month или on-or-before; пусто — по виду даты', 'day, month or on-or-before; empty: from the date itself'),
  f('fromRegion', V, 'Откуда', 'From', 'регион делегации|из региона|from region', 'Регион делегации: код или название', 'Region the delegation came from: code or name'),
  f('toRegion', V, 'Куда', 'To', 'принимающий регион|в регион|to region', 'Регион, куда приехала делегация', 'Region the delegation went to'),
  f('delegation', V, 'Делегация', 'Delegation', 'состав делегации', 'Кто приехал', 'Who came'),
  f('hosts', V, 'Принимающая сторона', 'Hosts', 'принимающие|кто принимал', 'Кто принимал', 'Who received them'),
  f('organisations', V, 'Организации', 'Organisations', 'участники|organizations', 'Идентификаторы предприятий или парков через «;»', 'Ids of enterprises or parks, ";"-separated'),
  f('sitesVisited', V, 'Посещённые площадки', 'Sites visited', 'площадки|посещенные предприятия', 'Идентификаторы посещённых предприятий или парков через «;»', 'Ids of visited enterprises or parks, ";"-separated'),
  f('eventType', N, 'Тип события', 'Event type', 'тип|вид события|type', 'visit, meeting, round-table, agreement, funding, production-launch, award, incident, other; пусто — other', 'visit, meeting, round-table, agreement, funding, production-launch, award, incident, other; empty: other'),
  f('relevance', N, 'Значимость', 'Relevance', 'отношение|relevance', 'smolensk-industry, neighbour-industry, neighbour-other, none; пусто — smolensk-industry, если среди регионов домашний, иначе none', 'smolensk-industry, neighbour-industry, neighbour-other, none; empty: smolensk-industry when the home region is listed, otherwise none'),
  f('regions', N, 'Регионы', 'Regions', 'регион|region', 'Регионы через «;»: коды или названия', 'Regions, ";"-separated: codes or names'),
  f('entities', N, 'Упомянутые организации', 'Organisations named', 'организации|предприятия|entities', 'Идентификаторы предприятий или парков через «;»', 'Ids of enterprises or parks, ";"-separated'),
  f('visit', N, 'Визит', 'Visit', 'в рамках визита', 'Идентификатор визита', 'Id of the visit'),
  f('summary', VN, 'Кратко', 'Summary', 'краткое содержание|описание|содержание|description|text', 'Краткое изложение', 'Short summary'),
  f('notes', ALL, 'Примечания', 'Notes', 'примечание|комментарий|комментарии|note|comment|comments', 'Оговорки и пояснения', 'Caveats and remarks'),
  f('confidence', ALL, 'Достоверность', 'Confidence', 'надежность|confidence level', 'high, medium или low (высокая, средняя, низкая); пусто — medium', 'high, medium or low; empty: medium'),
  f('origin', ALL, 'Происхождение записи', 'Record origin', 'происхождение|record origin', 'seed или public; пусто — public', 'seed or public; empty: public'),
  f('sources', ALL, 'Источники (ссылки)', 'Sources (links)', 'источник|источники|ссылка|ссылки|source|link|links', 'Ссылки (http/https) или идентификаторы источников через «;» или «|»; файл указывается источником всегда', 'Links (http/https) or source ids separated by ";" or "|"; the file is always cited as a source'),
]

/** The columns of one dataset, in template order. */
export function fieldsOf(kind: ImportKind): FieldDef[] {
  return FIELD_DEFS.filter((def) => def.kinds.includes(kind))
}
