import type { ShowRecord } from '../records';

export const show: ShowRecord = {
  id: 'anupamaa',
  title: 'Anupamaa',
  alternateTitles: ['Anupama'],
  premise: {
    value:
      "A devoted Gujarati homemaker in Ahmedabad, taken for granted for 25 years, learns of her husband's affair, divorces him and rebuilds her identity through dance, work and a second marriage; later arcs follow her through separations, a move to America and the lives of her grown grandchildren.",
    note: null,
    dispute: null,
    sources: [
      'https://www.pinkvilla.com/tv/news/rupali-ganguly-starrer-anupamaa-achieves-this-milestone-any-guesses-1234693',
      'https://www.news18.com/news/movies/rupali-ganguly-opens-up-on-anupamaa-losing-top-spot-on-trp-chart-3738152.html',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
    ],
  },
  channel: {
    value: 'Star Plus',
    note: null,
    dispute: null,
    sources: [
      'https://www.news18.com/entertainment/television/arvind-vaidya-aka-bapuji-reveals-the-reason-behind-his-absence-from-anupamaa-8234797.html',
      'https://www.indiawest.com/entertainment/television/star-s-iconic-show-sreemoyee-to-be-remade-as-anupamaa/article_40d06a14-598a-11ea-b0f7-7747ef543200.html',
    ],
  },
  language: {
    value: 'Hindi',
    note: null,
    dispute: null,
    sources: [
      'https://indianexpress.com/article/entertainment/web-series/anupama-namaste-america-teaser-rupali-ganguly-sudhanshu-pandey-anupama-prequel-video-7874721/',
      'https://www.indiawest.com/entertainment/television/star-s-iconic-show-sreemoyee-to-be-remade-as-anupamaa/article_40d06a14-598a-11ea-b0f7-7747ef543200.html',
    ],
  },
  premiere: {
    value: '2020-07-13',
    note: null,
    sources: [
      'https://www.news18.com/entertainment/television/arvind-vaidya-aka-bapuji-reveals-the-reason-behind-his-absence-from-anupamaa-8234797.html',
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
      'https://indianexpress.com/article/entertainment/web-series/anupama-namaste-america-teaser-rupali-ganguly-sudhanshu-pandey-anupama-prequel-video-7874721/',
      'https://morning-newspaper.in/%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%AA%E0%A4%AE%E0%A4%BE%E0%A4%82-%E0%A4%B0%E0%A5%81%E0%A4%AA%E0%A4%BE%E0%A4%B2%E0%A5%80-%E0%A4%97%E0%A4%BE%E0%A4%82%E0%A4%97%E0%A5%81%E0%A4%B2%E0%A5%80-%E0%A4%B8/',
      'https://celebritytadka.com/rupali-ganguly-on-anupamaa-completing-2-years-its-very-special',
    ],
  },
  shootingBegan: {
    value: '2020-02-25',
    note: 'Rupali Ganguly said shooting began 25 Feb 2020; launch was postponed by the COVID-19 lockdown',
    sources: [
      'https://www.republicworld.com/entertainment-news/television-news/rupali-gangulys-anupamaa-clocks-1-year-thanks-makers-for-her-addictive-shah-parivaar.html',
      'https://www.tellychakkar.com/tv/tv-news/the-decision-was-no-looking-back-rajan-shahi-reveals-he-tried-stop-anupamaa-and-vanrajs',
    ],
  },
  producers: {
    names: ['Rajan Shahi', 'Deepa Shahi'],
    note: "Deepa Shahi is Rajan Shahi's mother",
    sources: [
      'https://www.news18.com/amp/news/entertainment/rupali-ganguly-reveals-how-she-feels-when-somebody-calls-her-anupama-and-not-by-her-name-6958807.html',
      'https://blamglam.com/anupama',
      'https://www.freepressjournal.in/entertainment/television/anupamaa-actress-madhavi-gogate-58-passes-away-days-after-testing-positive-for-covid-19',
    ],
  },
  productionCompany: {
    value: "Director's Kut Productions (DKP)",
    note: null,
    dispute: {
      summary: "Some IANS-based reports name the banner 'Shahi Productions Pvt Ltd'",
      sources: [
        'https://www.freepressjournal.in/entertainment/television/anupamaa-actress-madhavi-gogate-58-passes-away-days-after-testing-positive-for-covid-19',
        'https://www.lokmattimes.com/entertainment/rohit-bakshi-reflects-on-casting-in-anupamaa-when-things-are-meant-to-happen-they-happen-very-quickly/',
      ],
    },
    sources: [
      'https://www.news18.com/amp/news/entertainment/rupali-ganguly-reveals-how-she-feels-when-somebody-calls-her-anupama-and-not-by-her-name-6958807.html',
      'https://celebritytadka.com/anupamaa-makers-terminates-paras-kalnawat-contract-he-reacts',
      'https://zeenews.india.com/people/anupamaa-actress-alisha-parveen-aka-raahi-talks-about-rupali-ganguly-being-the-reason-behind-her-sudden-replacement-maybe-yes-2834827.html',
      'https://www.news18.com/entertainment/television/arvind-vaidya-aka-bapuji-reveals-the-reason-behind-his-absence-from-anupamaa-8234797.html',
    ],
  },
  writers: [
    {
      name: 'Deepa Shahi',
      role: 'credited at the 5th-anniversary event with writing the story',
      sources: [
        'https://www.filmibeat.com/television/news/2025/5-years-of-anupamaa-rupali-ganguly-feels-overwhelmed-on-her-shows-anniversary-it-was-not-my-want-476969.html',
        'https://www.punjabkesari.in/entertainment/news/rupali-ganguly-emotional-reaction-5-years-of-anupama-2204809',
      ],
    },
    {
      name: 'Divya Nidhi Sharma',
      role: 'writer (story) of Anupamaa, also of Yeh Rishta Kya Kehlata Hai',
      sources: [
        'https://www.htsyndication.com/hindustan-delhi/article/%E0%A4%B8%E0%A5%80%E0%A4%B0%E0%A4%BF%E0%A4%AF%E0%A4%B2-%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%AA%E0%A4%AE%E0%A4%BE-%E0%A4%AE%E0%A5%87%E0%A4%82-%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%9C-%E0%A4%95%E0%A5%80-%E0%A4%B5%E0%A4%BE%E0%A4%AA%E0%A4%B8%E0%A5%80-%E0%A4%AA%E0%A4%B0-%E0%A4%B0%E0%A4%BE%E0%A4%87%E0%A4%9F%E0%A4%B0-%E0%A4%A8%E0%A5%87-%E0%A4%A6%E0%A4%BF%E0%A4%AF%E0%A4%BE-%E0%A4%B0%E0%A4%BF%E0%A4%8F%E0%A4%95%E0%A5%8D%E0%A4%B6%E0%A4%A8%2C-%E0%A4%91%E0%A4%A1%E0%A4%BF%E0%A4%AF%E0%A4%82%E0%A4%B8-%E0%A4%B8%E0%A5%87-%E0%A4%87%E0%A4%B8%E0%A4%B2%E0%A4%BF%E0%A4%8F-%E0%A4%AE%E0%A4%BE%E0%A4%82%E0%A4%97%E0%A5%80-%E0%A4%AE%E0%A4%BE%E0%A4%AB%E0%A5%80/91325287',
        'https://stage.prabhatkhabar.com/entertainment/anupama-writer-reacts-on-anuj-kapadia-aka-gaurav-khanna-re-entry-in-show-says-mai-avi-koi-comment/amp',
      ],
    },
    {
      name: 'Ketaki (wife of actor Rushad Rana)',
      role: 'creative director',
      sources: [
        'https://www.bollywoodlife.com/tv/anupamaa-rushad-rana-aka-anirudh-gandhi-talks-about-his-return-reacts-to-claims-that-he-came-back-because-wife-is-associated-with-the-show-entertainment-news-2450814/',
      ],
    },
  ],
  basedOn: {
    value:
      'Sreemoyee (Bengali, Star Jalsha), story by Leena Gangopadhyay, produced by Magic Moments, lead Indrani Haldar',
    note: null,
    dispute: null,
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/rupali-ganguly-starrer-anupamaa-has-yeh-rishta-kya-kehlata-hai-connection-read-know',
      'https://www.indiawest.com/entertainment/television/star-s-iconic-show-sreemoyee-to-be-remade-as-anupamaa/article_40d06a14-598a-11ea-b0f7-7747ef543200.html',
    ],
  },
  siblingAdaptations: [
    {
      title: 'Aai Kuthe Kay Karte',
      language: 'Marathi',
      channel: 'Star Pravah',
      started: '2019-12',
      note: 'also produced by Rajan Shahi; also a Sreemoyee remake',
      sources: [
        'https://aajtak.in/entertainment/television/story/rajan-shahi-show-anupamaa-remake-of-aai-kuthe-kay-karteand-sreemoyee-tmov-1156846-2020-11-05',
        'https://celebritytadka.com/anupamaa-makers-terminates-paras-kalnawat-contract-he-reacts',
      ],
    },
  ],
  streaming: {
    value: 'Disney+ Hotstar',
    note: null,
    dispute: null,
    sources: [
      'https://www.news18.com/news/movies/anupamaas-rupali-ganguly-says-husband-took-break-from-work-to-support-her-acting-comeback-3927083.html',
      'https://www.news18.com/amp/entertainment/television/meet-the-new-characters-to-soon-feature-in-rupali-gangulys-anupamaa-7763881.html',
      'https://www.tribuneindia.com/news/lifestyle/its-a-beautiful-bond-566660',
    ],
  },
  prequel: {
    title: 'Anupama: Namaste America',
    platform: 'Disney+ Hotstar (Hotstar Specials)',
    premiere: '2022-04-25',
    episodes: 11,
    setting: '17 years before the TV timeline',
    sources: [
      'https://indianexpress.com/article/entertainment/web-series/anupama-namaste-america-teaser-rupali-ganguly-sudhanshu-pandey-anupama-prequel-video-7874721/',
      'https://www.india.com/entertainment/anupama-rupali-ganguly-expresses-her-excitement-for-prequel-anupamaa-namaste-america-fans-ask-maan-hoga-5313675/',
      'https://www.koimoi.com/television/anupamaa-namaste-america-star-rupali-ganguly-on-working-with-veteran-actress-sarita-joshi-she-inspires-me-i-admire-her-work/',
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
    ],
  },
  timeslot: {
    value: 'Monday-Saturday 10 pm (as of July 2022)',
    note: null,
    dispute: null,
    sources: [
      'https://www.indiatoday.in/television/celebrity/story/paras-kalnawat-out-of-rupali-ganguly-s-anupamaa-actor-to-be-a-part-of-jhalak-dikhla-jaa-read-details-1980448-2022-07-27',
    ],
  },
  status: {
    value: 'ongoing',
    asOf: '2026-03',
    sources: [
      'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
      'https://www.bollywoodlife.com/hi/tv/anupama-yekkh-star-sachin-tyagi-reacts-on-working-in-rupali-ganguly-show-3325094/',
    ],
  },
  episodes: {
    value:
      '1000+ (1000th episode milestone celebrated in early August 2023); no later official count found',
    note: null,
    dispute: null,
    sources: [
      'https://www.pinkvilla.com/tv/news/rupali-ganguly-starrer-anupamaa-achieves-this-milestone-any-guesses-1234693',
      'https://www.pinkvilla.com/tv/news/rupali-ganguly-on-anupamaa-completing-1000-episodes-i-live-as-anupamaa-show-has-deep-impact-on-my-life-1235097',
    ],
  },
  leaps: [
    {
      id: 'leap-2023',
      label: 'Leap of about five years',
      aired: '2023-12',
      airedNote: null,
      duration: 'about 5 years (conflict: some reports say 4 years)',
      summary:
        "After Samar's death, Anupamaa and Anuj are divorced; Anupamaa lives alone, her mother has died, and she later goes to America; Choti Anu is now Aadhya (played by a new, older actor); Dimpy and Kavya have children.",
      confidence: 'high',
      dispute: {
        summary:
          "Reported as a four-year leap by some outlets and a five-year leap by others (some say 'four to five years').",
        sources: [
          'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
          'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
          'https://www.tellychakkar.com/tv/tv-news/what-anupamaa-and-anuj-shift-base-will-live-abroad-star-plus-anupamaa-231127',
          'https://www.pinkvilla.com/tv/news/exclusive-aurra-bhatnagar-aka-aadhya-reveals-being-star-struck-seeing-rupali-ganguly-at-anupamaa-sets-1267600',
          'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
        ],
      },
      sources: [
        'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
        'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
        'https://www.tellychakkar.com/tv/tv-news/what-anupamaa-and-anuj-shift-base-will-live-abroad-star-plus-anupamaa-231127',
        'https://www.dnaindia.com/television/report-was-not-comfortable-muskan-bamne-aka-pakhi-breaks-silence-on-quitting-anupamaa-after-3-years-3072657',
        'https://attentionindia.com/entertainment/television/new-girl-in-anupamaa-will-the-imlie-actress-take-over-as-pakhi-in-rupali-gangulys-show/',
        'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
      ],
    },
    {
      id: 'leap-2024-6-month',
      label: 'Six-month leap',
      aired: '2024',
      airedNote: 'mid-2024; the exact month is not known',
      duration: 'about 6 months',
      summary:
        'Short leap after which Anuj believes Aadhya is dead (told so by Ankush and Barkha) and Anupamaa runs a shelter called Asha Bhavan; Kavya is shown as a model in the US.',
      confidence: 'low',
      dispute: null,
      sources: [
        'https://adani.news/twist-coming-in-anupama-serial-is-mothers-love-story-true',
        'https://digitalgabbar.com/hindi/tv/anu-anuj-hope-aadhya-is-alive-have-ankush-barkha-hidden-her',
        'https://pkwp184.prabhatkhabar.com/entertainment/anupama-fame-apara-mehta-aka-guru-maa-playing-yogini-kapila-role-in-nia-sharma-serial-suhagan-chudail/amp?src=android',
        'https://www.lokmattimes.com/entertainment/madalsa-sharma-aka-kavya-from-anupamaa-opens-up-about-leaving-the-show-and-her-bond-with-rajan-shahi-rupali-ganguly-a510/',
      ],
    },
    {
      id: 'leap-2024-15-year',
      label: 'Fifteen-year generation leap',
      aired: '2024-10',
      airedNote: null,
      duration: '15 years (generation leap)',
      summary:
        "Generation leap preceded by Dimpy's death in a fire that is blamed on Aadhya; most of the older supporting cast exits; the story shifts to grown-up Aadhya (renamed Raahi), Prem Kothari and the Shah grandchildren.",
      confidence: 'high',
      dispute: null,
      sources: [
        'https://www.mid-day.com/entertainment/television-news/article/gaurav-khanna-quits-anupamaa-reacts-to-rumours-of-rift-with-rupali-ganguly-23439744',
        'https://www.jansatta.com/entertainment/anupamaa-leap-promo-watch-shah-family-out-from-asha-bhavan-news-stars-enter-in-show-see-fans-reaction/3618638',
        'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
        'https://prabhatkhabar.com/entertainment/anupama-alisha-praveen-aka-rahi-exit-from-rupali-ganguly-show-in-2-months-says-i-am-quitting/amp',
        'https://stage.prabhatkhabar.com/entertainment/anupama-titu-aka-kunwar-amar-reacts-on-quitting-show-and-rajan-shahi-reaction-says-mai-gaya-unke-pass-or/amp',
      ],
    },
    {
      id: 'leap-2026-goa',
      label: 'Goa chapter (2026)',
      aired: '2026-03',
      airedNote: 'seen in promos',
      duration: null,
      summary:
        'Promos in March 2026 show a new chapter with Anupamaa selling snacks on a Goa beach, alongside the entry of actor Sachin Tyagi; described as a leap by one outlet.',
      confidence: 'low',
      dispute: null,
      sources: [
        'https://zeenews.india.com/hindi/entertainment/television/anupamaa-tv-show-leap-sachin-entry-in-show-rupali-ganguly-break-silence-chahe-jo-bhi-ho-jaye/3138272',
        'https://www.bollywoodlife.com/hi/tv/anupama-yekkh-star-sachin-tyagi-reacts-on-working-in-rupali-ganguly-show-3325094/',
        'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
        'https://www.navarashtra.com/movies/bollywood/new-twist-in-star-plus-popular-anupama-sachin-tyagi-makes-a-grand-entry-1165225.html',
      ],
    },
  ],
  milestones: [
    {
      date: '2022-07',
      dateUntil: null,
      what: '2 years on air',
      sources: [
        'https://celebritytadka.com/rupali-ganguly-on-anupamaa-completing-2-years-its-very-special',
      ],
    },
    {
      date: '2023-08',
      dateUntil: null,
      what: '1000 episodes',
      sources: [
        'https://www.pinkvilla.com/tv/news/rupali-ganguly-starrer-anupamaa-achieves-this-milestone-any-guesses-1234693',
        'https://www.pinkvilla.com/tv/news/rupali-ganguly-on-anupamaa-completing-1000-episodes-i-live-as-anupamaa-show-has-deep-impact-on-my-life-1235097',
      ],
    },
    {
      date: '2025-07',
      dateUntil: '2025-08',
      what: '5 years on air (celebration reported Aug 2025)',
      sources: [
        'https://www.filmibeat.com/television/news/2025/5-years-of-anupamaa-rupali-ganguly-feels-overwhelmed-on-her-shows-anniversary-it-was-not-my-want-476969.html',
        'https://www.punjabkesari.in/entertainment/news/rupali-ganguly-emotional-reaction-5-years-of-anupama-2204809',
      ],
    },
  ],
  disputes: [
    {
      topic: 'Length of the late-2023 leap',
      detail:
        "Reported as a four-year leap by some outlets and a five-year leap by others (some say 'four to five years').",
      sources: [
        'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
        'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
        'https://www.tellychakkar.com/tv/tv-news/what-anupamaa-and-anuj-shift-base-will-live-abroad-star-plus-anupamaa-231127',
        'https://www.pinkvilla.com/tv/news/exclusive-aurra-bhatnagar-aka-aadhya-reveals-being-star-struck-seeing-rupali-ganguly-at-anupamaa-sets-1267600',
        'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
      ],
    },
    {
      topic: 'Production banner',
      detail:
        "Most reports credit Director's Kut Productions (Rajan Shahi); some IANS-sourced items say 'Shahi Productions Pvt Ltd'.",
      sources: [
        'https://www.news18.com/amp/news/entertainment/rupali-ganguly-reveals-how-she-feels-when-somebody-calls-her-anupama-and-not-by-her-name-6958807.html',
        'https://www.freepressjournal.in/entertainment/television/anupamaa-actress-madhavi-gogate-58-passes-away-days-after-testing-positive-for-covid-19',
        'https://www.lokmattimes.com/entertainment/rohit-bakshi-reflects-on-casting-in-anupamaa-when-things-are-meant-to-happen-they-happen-very-quickly/',
      ],
    },
    {
      topic: 'Did Alpana Buch (Baa) and Arvind Vaidya (Bapuji) exit at the 15-year leap?',
      detail:
        'One outlet listed both among nine exits; a post-leap report still shows Bapuji supporting Anupamaa, and a March 2026 cast-age feature lists both as current cast. Treated as continuing, confidence medium.',
      sources: [
        'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
        'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
        'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
      ],
    },
    {
      topic: 'Paras Kalnawat termination',
      detail:
        "Makers say he signed a rival-channel show without intimation; Paras says he had informed the team and had not yet signed when the news broke, and called the stint a 'nightmare'.",
      sources: [
        'https://www.news18.com/news/movies/anupamaa-makers-terminate-paras-kalnawats-contract-actor-says-my-character-was-not-growing-5632105.html',
        'https://indianexpress.com/article/entertainment/television/paras-kalnawat-anupamaa-exit-jhalak-dikhhla-jaa-10-co-stars-react-8056390/',
        'https://www.filmibeat.com/amphtml/television/news/2022/anupamaa-makers-terminate-paras-kalnawat-s-contract-for-signing-another-show-on-rival-channel-338337.html',
      ],
    },
    {
      topic: 'Alisha Parveen exit',
      detail:
        "Her posts say she was replaced without explanation; one report quotes her telling India Forums 'Yes, I am quitting the show'.",
      sources: [
        'https://www.latestly.com/entertainment/tv/anupamaa-alisha-parveen-shares-frustration-over-sudden-exit-from-rupali-gangulys-show-says-dont-know-why-this-happened-6507621.html',
        'https://zeenews.india.com/people/anupamaa-actress-alisha-parveen-aka-raahi-talks-about-rupali-ganguly-being-the-reason-behind-her-sudden-replacement-maybe-yes-2834827.html',
        'https://viralchai.live/?p=2088',
      ],
    },
    {
      topic: 'Nidhi Shah exit timing',
      detail:
        'In Nov 2023 she said she was out (Kinjal moved abroad), but she returned in Dec 2023 and finally left in Oct 2024.',
      sources: [
        'https://editorji.com/amp/hindi/entertainment-news/tv/kinjal-shah-aka-nidhi-shah-walked-out-of-anupamaa-show-said-there-is-not-much-scope-for-the-character-now-1700727627234',
        'https://www.bollywoodlife.com/tv/anupamaa-muskan-bamne-aka-pakhi-to-quit-the-rupali-ganguly-starrer-post-leap-heres-what-she-said-entertainment-news-tv-news-2726515/',
        'https://www.pinkvilla.com/tv/news/anupamaas-nidhi-shah-aka-kinju-baby-says-goodbye-to-rupali-ganguly-led-show-pens-emotional-note-its-difficult-to-move-on-1352920',
      ],
    },
    {
      topic: 'Anuj: school or college friend',
      detail: "Reports variously call Anuj Anupamaa's school friend, college friend or batchmate.",
      sources: [
        'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
        'https://www.pinkvilla.com/tv/news-gossip/anupamaa-gaurav-khanna-shares-bts-pics-rupali-ganguly-they-get-decked-traditional-wear-884942',
      ],
    },
    {
      topic: 'Post-leap Pari actor name',
      detail:
        "IANS names Ishita Dixit as Pari; another outlet lists 'Ishita Modi' in the post-leap cast.",
      sources: [
        'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
        'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      ],
    },
    {
      topic: 'Number of Toshu actors',
      detail:
        'Manish Naggdev said he was the third time Toshu was being replaced, but only two predecessors (Aashish Mehrotra, Gaurav Sharma) were found.',
      sources: [
        'https://www.lokmattimes.com/entertainment/rupali-gangulys-onscreen-son-manish-nagdev-spends-a-lot-of-time-understanding-toshus-arc/',
      ],
    },
    {
      topic: "Kavya's surname",
      detail: 'Gandhi (via first husband Anirudh) vs Zaveri/Jhaveri in one report.',
      sources: [
        'https://blamglam.com/anupama',
        'https://hindi.asianetnews.com/gallery/tv-news/anupamaa-star-kavya-aka-madalsa-sharma-father-in-law-mithun-chakraborty-surprise-visit-on-sets-kpj-qvecbu',
      ],
    },
  ],
  unplacedCast: [
    {
      name: 'Parakh Madan',
      detail:
        "Played a dance teacher who is Yashdeep's friend (2024); character left open-ended; character name not found.",
      sources: [
        'https://updatetimes.in/anupama%e0%a4%85%e0%a4%ac-%e0%a4%a4%e0%a5%8b%e0%a4%b7%e0%a5%81-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%87%e0%a4%b8-%e0%a4%95%e0%a4%bf%e0%a4%b0%e0%a4%a6%e0%a4%be%e0%a4%b0-%e0%a4%a8',
        'https://www.bollywoodlife.com/tv/anupamaa-alpana-buch-calls-rupali-ganguly-starrer-her-source-of-happiness-reveals-why-the-show-is-appreciated-and-loved-entertainment-news-tv-news-2830058/',
      ],
    },
    {
      name: 'Ibrar Yakub',
      detail: 'Reported to have joined in Nov 2022; role not disclosed.',
      sources: [
        'https://news-24.fr/la-star-daghori-ibrar-yakub-rejoint-lemission-principale-de-rupali-ganguly/',
      ],
    },
    {
      name: 'Aman Maheshwari',
      detail: 'Reported to enter in May 2023 alongside Apara Mehta; role not found.',
      sources: [
        'https://www.news18.com/amp/entertainment/television/meet-the-new-characters-to-soon-feature-in-rupali-gangulys-anupamaa-7763881.html',
      ],
    },
    {
      name: 'Dishi Duggal',
      detail:
        'Ishqbaaz actress reported to enter after the late-2023 leap; role not clearly identified.',
      sources: [
        'https://grihshobha.in/?taxonomy=seo_keywords&term=aurra-bhatnagar',
        'https://www.bollywoodlife.com/tv/anupamaa-alpana-buch-calls-rupali-ganguly-starrer-her-source-of-happiness-reveals-why-the-show-is-appreciated-and-loved-entertainment-news-tv-news-2830058/',
      ],
    },
    {
      name: 'Mukund Kapahi',
      detail: "Reported in 2025 to enter as Mohit's friend.",
      sources: [
        'https://stage.prabhatkhabar.com/entertainment/anupama-new-entry-mukund-kapahi-enter-in-rajan-shahi-show-as-mohit-friend-says-mai-negative-role-mai/amp',
      ],
    },
    {
      name: 'Trishaan Shah',
      detail: 'Listed in the early-2024 cast; role not found (possibly a child role).',
      sources: [
        'https://www.bollywoodlife.com/tv/anupamaa-alpana-buch-calls-rupali-ganguly-starrer-her-source-of-happiness-reveals-why-the-show-is-appreciated-and-loved-entertainment-news-tv-news-2830058/',
      ],
    },
  ],
  gaps: [
    "Brief's details about Paras Kalnawat's farewell (thanking Rajan Sir, Romesh Sir, Vivek Ji, Aarif Ji, Gulshan Ji, Sunand Sir and DKP; Kesariya reel with Alma Hussein) were not found in any retrieved excerpt; left as unverified.",
    'Exact first-appearance dates for many supporting actors (Maya, Dimpy, Choti Anu, Nandini, Bhavesh, Rakhi Dave, Anirudh, Sanjay) are not in sources.',
    'Actors for post-15-year-leap Kinjal, Ansh and Pakhi (if shown) were not found.',
    "Character names for Parakh Madan's dance-teacher role (Yashdeep's friend, 2024), Ibrar Yakub (joined Nov 2022), Aman Maheshwari (2023) and Dishi Duggal (post-2023 leap) were not found.",
    "Sachin Tyagi's 2026 character and the duration of the 2026 'Goa' leap are undisclosed in sources.",
    "Puja Banerjee played Vanraj's ex-girlfriend in the prequel; the character's name was not found.",
    'No official total episode count after the 1000-episode milestone (Aug 2023).',
    'End dates for Gopi Kaka (Deepak Gheewala), Mamaji (Shekhar Shukla), Rakhi Dave (Tassnim Sheikh), Adhik (Adhik Mehta), Yashdeep (Vaquar Shaikh), Ankush (Rohit Bakshi) and Devika (Jaswir Kaur) are unknown.',
    "Wikipedia-style 'List of Anupamaa characters' pages were not present in the corpus; all data comes from news/entertainment sites.",
  ],
};
