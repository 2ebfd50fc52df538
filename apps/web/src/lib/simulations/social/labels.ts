import type { Locale } from '../../i18n/locales';
import type { Audience } from './scenario';

/** The practice social network's own words; people and posts come from the scenario. */
export interface SocialLabels {
  region: string;
  nav: { feed: string; requests: string; messages: string; profileOf: string };
  feed: {
    heading: string;
    write: string;
    audience: string;
    post: string;
    visibleTo: string;
    delete: string;
    confirm: string;
    yes: string;
    cancel: string;
    empty: string;
  };
  audiences: Record<Audience, string>;
  postExample: string;
  profile: {
    heading: string;
    birthday: string;
    phone: string;
    city: string;
    privacy: string;
    noSettings: string;
  };
  requests: {
    heading: string;
    none: string;
    mutual: string;
    accept: string;
    decline: string;
    inspect: string;
    signs: string;
    stranger: string[];
    known: string;
    block: string;
    accepted: string;
    declined: string;
  };
  messages: { heading: string; none: string; from: string; report: string; reported: string; block: string };
  notices: {
    accepted: string;
    declined: string;
    posted: string;
    deleted: string;
    reported: string;
    blocked: string;
    saved: string;
    undone: string;
    undo: string;
  };
  wrong: {
    acceptedStranger: string;
    accepted: string;
    declined: string;
    privacy: string;
    posted: string;
    other: string;
  };
}

const ro: SocialLabels = {
  region: 'Rețea socială de exercițiu',
  nav: {
    feed: 'Noutăți',
    requests: 'Cereri de prietenie',
    messages: 'Mesaje',
    profileOf: 'Profilul meu: {name}',
  },
  feed: {
    heading: 'Noutăți',
    write: 'Scrieți o postare',
    audience: 'Cine vede',
    post: 'Publică',
    visibleTo: 'Vizibil pentru: {audience}',
    delete: 'Șterge',
    confirm: 'Ștergeți această postare? Nu o mai puteți aduce înapoi.',
    yes: 'Da, șterge',
    cancel: 'Renunță',
    empty: 'Nu sunt postări.',
  },
  audiences: { public: 'Toată lumea', friends: 'Prieteni', 'only-me': 'Doar eu' },
  postExample: 'Au înflorit florile din grădină!',
  profile: {
    heading: 'Profilul meu',
    birthday: 'Data nașterii',
    phone: 'Telefon',
    city: 'Localitatea',
    privacy: 'Confidențialitate: cine ce vede',
    noSettings: 'Aici nu sunt setări de schimbat.',
  },
  requests: {
    heading: 'Cereri de prietenie',
    none: 'Nu aveți cereri noi.',
    mutual: 'Prieteni comuni: {count}',
    accept: 'Acceptă',
    decline: 'Refuză',
    inspect: 'Uită-te mai atent',
    signs: 'Semne de profil fals',
    stranger: [
      'Niciun prieten comun.',
      'Contul a fost creat săptămâna trecută.',
      'Poza apare și pe alte site-uri — probabil e furată.',
    ],
    known: 'Aveți {count} prieteni comuni: probabil îl cunoașteți.',
    block: 'Blochează',
    accepted: 'Prieteni',
    declined: 'Refuzată',
  },
  messages: {
    heading: 'Mesaje',
    none: 'Nu aveți mesaje.',
    from: 'De la',
    report: 'Raportează',
    reported: 'Raportat',
    block: 'Blochează expeditorul',
  },
  notices: {
    accepted: 'Acum sunteți prieten cu {name}.',
    declined: 'Ați refuzat cererea lui {name}.',
    posted: 'Postarea a fost publicată.',
    deleted: 'Postarea a fost ștearsă.',
    reported: 'Mulțumim! Mesajul a fost raportat.',
    blocked: '{name} este blocat și nu vă mai poate scrie.',
    saved: 'Setarea a fost salvată.',
    undone: 'Anulat: cererea este din nou în așteptare.',
    undo: 'Anulează',
  },
  wrong: {
    acceptedStranger: 'L-ați acceptat pe {name}, pe care nu-l cunoașteți. Apăsați „Anulează”.',
    accepted: 'L-ați acceptat pe {name}.',
    declined: 'Ați refuzat cererea lui {name}.',
    privacy: '„{setting}” este acum: {value}.',
    posted: 'Postarea a fost publicată pentru: {audience}.',
    other: 'Nu s-a stricat nimic.',
  },
};

const ru: SocialLabels = {
  region: 'Учебная социальная сеть',
  nav: {
    feed: 'Новости',
    requests: 'Заявки в друзья',
    messages: 'Сообщения',
    profileOf: 'Мой профиль: {name}',
  },
  feed: {
    heading: 'Новости',
    write: 'Напишите запись',
    audience: 'Кто видит',
    post: 'Опубликовать',
    visibleTo: 'Видно: {audience}',
    delete: 'Удалить',
    confirm: 'Удалить эту запись? Вернуть её будет нельзя.',
    yes: 'Да, удалить',
    cancel: 'Отмена',
    empty: 'Записей нет.',
  },
  audiences: { public: 'Все', friends: 'Друзья', 'only-me': 'Только я' },
  postExample: 'В саду расцвели цветы!',
  profile: {
    heading: 'Мой профиль',
    birthday: 'День рождения',
    phone: 'Телефон',
    city: 'Населённый пункт',
    privacy: 'Приватность: кто что видит',
    noSettings: 'Здесь нечего менять.',
  },
  requests: {
    heading: 'Заявки в друзья',
    none: 'Новых заявок нет.',
    mutual: 'Общих друзей: {count}',
    accept: 'Принять',
    decline: 'Отклонить',
    inspect: 'Присмотреться',
    signs: 'Признаки поддельного профиля',
    stranger: [
      'Ни одного общего друга.',
      'Страница создана на прошлой неделе.',
      'Фото встречается и на других сайтах — скорее всего, украдено.',
    ],
    known: 'У вас {count} общих друзей: скорее всего, вы знакомы.',
    block: 'Заблокировать',
    accepted: 'В друзьях',
    declined: 'Отклонена',
  },
  messages: {
    heading: 'Сообщения',
    none: 'Сообщений нет.',
    from: 'От',
    report: 'Пожаловаться',
    reported: 'Жалоба отправлена',
    block: 'Заблокировать отправителя',
  },
  notices: {
    accepted: 'Теперь вы друзья: {name}.',
    declined: 'Заявка отклонена: {name}.',
    posted: 'Запись опубликована.',
    deleted: 'Запись удалена.',
    reported: 'Спасибо! Жалоба на сообщение отправлена.',
    blocked: '{name} заблокирован(а) и больше не сможет вам писать.',
    saved: 'Настройка сохранена.',
    undone: 'Отменено: заявка снова ждёт ответа.',
    undo: 'Отменить',
  },
  wrong: {
    acceptedStranger: 'Вы приняли незнакомого человека: {name}. Нажмите «Отменить».',
    accepted: 'Вы приняли заявку: {name}.',
    declined: 'Вы отклонили заявку: {name}.',
    privacy: '«{setting}» теперь: {value}.',
    posted: 'Запись опубликована для: {audience}.',
    other: 'Ничего не сломалось.',
  },
};

const uk: SocialLabels = {
  region: 'Навчальна соціальна мережа',
  nav: {
    feed: 'Новини',
    requests: 'Запити в друзі',
    messages: 'Повідомлення',
    profileOf: 'Мій профіль: {name}',
  },
  feed: {
    heading: 'Новини',
    write: 'Напишіть допис',
    audience: 'Хто бачить',
    post: 'Опублікувати',
    visibleTo: 'Бачать: {audience}',
    delete: 'Видалити',
    confirm: 'Видалити цей допис? Повернути його не можна буде.',
    yes: 'Так, видалити',
    cancel: 'Скасувати',
    empty: 'Дописів немає.',
  },
  audiences: { public: 'Усі', friends: 'Друзі', 'only-me': 'Лише я' },
  postExample: 'У садку розцвіли квіти!',
  profile: {
    heading: 'Мій профіль',
    birthday: 'День народження',
    phone: 'Телефон',
    city: 'Населений пункт',
    privacy: 'Приватність: хто що бачить',
    noSettings: 'Тут нічого змінювати.',
  },
  requests: {
    heading: 'Запити в друзі',
    none: 'Нових запитів немає.',
    mutual: 'Спільних друзів: {count}',
    accept: 'Прийняти',
    decline: 'Відхилити',
    inspect: 'Придивитися',
    signs: 'Ознаки підробленого профілю',
    stranger: [
      'Жодного спільного друга.',
      'Сторінку створено минулого тижня.',
      'Фото трапляється й на інших сайтах — найімовірніше, вкрадене.',
    ],
    known: 'У вас {count} спільних друзів: найімовірніше, ви знайомі.',
    block: 'Заблокувати',
    accepted: 'У друзях',
    declined: 'Відхилено',
  },
  messages: {
    heading: 'Повідомлення',
    none: 'Повідомлень немає.',
    from: 'Від',
    report: 'Поскаржитися',
    reported: 'Скаргу надіслано',
    block: 'Заблокувати відправника',
  },
  notices: {
    accepted: 'Тепер ви друзі: {name}.',
    declined: 'Запит відхилено: {name}.',
    posted: 'Допис опубліковано.',
    deleted: 'Допис видалено.',
    reported: 'Дякуємо! Скаргу на повідомлення надіслано.',
    blocked: '{name} заблоковано — більше не зможе вам писати.',
    saved: 'Налаштування збережено.',
    undone: 'Скасовано: запит знову чекає на відповідь.',
    undo: 'Скасувати',
  },
  wrong: {
    acceptedStranger: 'Ви прийняли незнайому людину: {name}. Натисніть «Скасувати».',
    accepted: 'Ви прийняли запит: {name}.',
    declined: 'Ви відхилили запит: {name}.',
    privacy: '«{setting}» тепер: {value}.',
    posted: 'Допис опубліковано для: {audience}.',
    other: 'Нічого не зламалося.',
  },
};

const pl: SocialLabels = {
  region: 'Ćwiczebny serwis społecznościowy',
  nav: {
    feed: 'Aktualności',
    requests: 'Zaproszenia',
    messages: 'Wiadomości',
    profileOf: 'Mój profil: {name}',
  },
  feed: {
    heading: 'Aktualności',
    write: 'Napisz wpis',
    audience: 'Kto widzi',
    post: 'Opublikuj',
    visibleTo: 'Widoczne dla: {audience}',
    delete: 'Usuń',
    confirm: 'Usunąć ten wpis? Nie da się go przywrócić.',
    yes: 'Tak, usuń',
    cancel: 'Anuluj',
    empty: 'Brak wpisów.',
  },
  audiences: { public: 'Wszyscy', friends: 'Znajomi', 'only-me': 'Tylko ja' },
  postExample: 'W ogrodzie zakwitły kwiaty!',
  profile: {
    heading: 'Mój profil',
    birthday: 'Data urodzenia',
    phone: 'Telefon',
    city: 'Miejscowość',
    privacy: 'Prywatność: kto co widzi',
    noSettings: 'Nie ma tu nic do zmiany.',
  },
  requests: {
    heading: 'Zaproszenia do znajomych',
    none: 'Nie masz nowych zaproszeń.',
    mutual: 'Wspólni znajomi: {count}',
    accept: 'Przyjmij',
    decline: 'Odrzuć',
    inspect: 'Przyjrzyj się',
    signs: 'Oznaki fałszywego profilu',
    stranger: [
      'Żadnych wspólnych znajomych.',
      'Konto założone w zeszłym tygodniu.',
      'Zdjęcie jest też na innych stronach — pewnie skradzione.',
    ],
    known: 'Macie {count} wspólnych znajomych: pewnie się znacie.',
    block: 'Zablokuj',
    accepted: 'Znajomy',
    declined: 'Odrzucone',
  },
  messages: {
    heading: 'Wiadomości',
    none: 'Brak wiadomości.',
    from: 'Od',
    report: 'Zgłoś',
    reported: 'Zgłoszono',
    block: 'Zablokuj nadawcę',
  },
  notices: {
    accepted: 'Jesteście teraz znajomymi: {name}.',
    declined: 'Odrzucono zaproszenie: {name}.',
    posted: 'Wpis opublikowany.',
    deleted: 'Wpis usunięty.',
    reported: 'Dziękujemy! Wiadomość została zgłoszona.',
    blocked: '{name} — zablokowano, nie może już do ciebie pisać.',
    saved: 'Ustawienie zapisane.',
    undone: 'Cofnięto: zaproszenie znów czeka na odpowiedź.',
    undo: 'Cofnij',
  },
  wrong: {
    acceptedStranger: 'Przyjęto obcą osobę: {name}. Naciśnij „Cofnij”.',
    accepted: 'Przyjęto zaproszenie: {name}.',
    declined: 'Odrzucono zaproszenie: {name}.',
    privacy: '„{setting}” — teraz: {value}.',
    posted: 'Wpis opublikowany dla: {audience}.',
    other: 'Nic się nie zepsuło.',
  },
};

const en: SocialLabels = {
  region: 'Practice social network',
  nav: { feed: 'News', requests: 'Friend requests', messages: 'Messages', profileOf: 'My profile: {name}' },
  feed: {
    heading: 'News',
    write: 'Write a post',
    audience: 'Who sees it',
    post: 'Post',
    visibleTo: 'Visible to: {audience}',
    delete: 'Delete',
    confirm: 'Delete this post? It cannot be brought back.',
    yes: 'Yes, delete',
    cancel: 'Cancel',
    empty: 'No posts.',
  },
  audiences: { public: 'Everyone', friends: 'Friends', 'only-me': 'Only me' },
  postExample: 'The flowers in my garden are in bloom!',
  profile: {
    heading: 'My profile',
    birthday: 'Birthday',
    phone: 'Phone',
    city: 'Town',
    privacy: 'Privacy: who sees what',
    noSettings: 'There is nothing to change here.',
  },
  requests: {
    heading: 'Friend requests',
    none: 'You have no new requests.',
    mutual: 'Friends in common: {count}',
    accept: 'Accept',
    decline: 'Decline',
    inspect: 'Look closer',
    signs: 'Signs of a fake profile',
    stranger: [
      'No friends in common.',
      'The account was created last week.',
      'The photo is also on other websites — probably stolen.',
    ],
    known: 'You have {count} friends in common: you probably know this person.',
    block: 'Block',
    accepted: 'Friends',
    declined: 'Declined',
  },
  messages: {
    heading: 'Messages',
    none: 'You have no messages.',
    from: 'From',
    report: 'Report',
    reported: 'Reported',
    block: 'Block the sender',
  },
  notices: {
    accepted: 'You are now friends with {name}.',
    declined: 'You declined the request from {name}.',
    posted: 'Your post is published.',
    deleted: 'The post was deleted.',
    reported: 'Thank you! The message was reported.',
    blocked: '{name} is blocked and cannot write to you any more.',
    saved: 'The setting is saved.',
    undone: 'Undone: the request is waiting again.',
    undo: 'Undo',
  },
  wrong: {
    acceptedStranger: 'You accepted {name}, whom you do not know. Press "Undo".',
    accepted: 'You accepted {name}.',
    declined: 'You declined {name}.',
    privacy: '"{setting}" is now: {value}.',
    posted: 'The post was published for: {audience}.',
    other: 'Nothing is broken.',
  },
};

export const SOCIAL_LABELS: Record<Locale, SocialLabels> = { ro, ru, uk, pl, en };
