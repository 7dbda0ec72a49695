import type { ShowRecord } from '../records';

export const show: ShowRecord = {
  id: 'anupamaa',
  title: 'Anupamaa',
  alternateTitles: ['Anupama'],
  premise: {
    value:
      'Anupamaa is a devoted Gujarati housewife in Ahmedabad, and for 25 years those around her have taken her for granted. When she discovers that her husband is having an affair, she divorces him and finds herself again through dance, a job of her own and a second marriage. Later storylines take her through further separations and a relocation to America, and turn to the adult lives of her grandchildren.',
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
    note: "According to Rupali Ganguly, filming started on 25 Feb 2020; the COVID-19 lockdown then pushed back the show's launch.",
    sources: [
      'https://www.republicworld.com/entertainment-news/television-news/rupali-gangulys-anupamaa-clocks-1-year-thanks-makers-for-her-addictive-shah-parivaar.html',
      'https://www.tellychakkar.com/tv/tv-news/the-decision-was-no-looking-back-rajan-shahi-reveals-he-tried-stop-anupamaa-and-vanrajs',
    ],
  },
  producers: {
    names: ['Rajan Shahi', 'Deepa Shahi'],
    note: 'Deepa Shahi is the mother of Rajan Shahi.',
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
      summary: "A few reports drawn from IANS copy give the banner as 'Shahi Productions Pvt Ltd'.",
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
      role: "named as the writer of the story at the event marking the show's 5th anniversary",
      sources: [
        'https://www.filmibeat.com/television/news/2025/5-years-of-anupamaa-rupali-ganguly-feels-overwhelmed-on-her-shows-anniversary-it-was-not-my-want-476969.html',
        'https://www.punjabkesari.in/entertainment/news/rupali-ganguly-emotional-reaction-5-years-of-anupama-2204809',
      ],
    },
    {
      name: 'Divya Nidhi Sharma',
      role: 'story writer on Anupamaa, and also a writer on Yeh Rishta Kya Kehlata Hai',
      sources: [
        'https://www.htsyndication.com/hindustan-delhi/article/%E0%A4%B8%E0%A5%80%E0%A4%B0%E0%A4%BF%E0%A4%AF%E0%A4%B2-%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%AA%E0%A4%AE%E0%A4%BE-%E0%A4%AE%E0%A5%87%E0%A4%82-%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%9C-%E0%A4%95%E0%A5%80-%E0%A4%B5%E0%A4%BE%E0%A4%AA%E0%A4%B8%E0%A5%80-%E0%A4%AA%E0%A4%B0-%E0%A4%B0%E0%A4%BE%E0%A4%87%E0%A4%9F%E0%A4%B0-%E0%A4%A8%E0%A5%87-%E0%A4%A6%E0%A4%BF%E0%A4%AF%E0%A4%BE-%E0%A4%B0%E0%A4%BF%E0%A4%8F%E0%A4%95%E0%A5%8D%E0%A4%B6%E0%A4%A8%2C-%E0%A4%91%E0%A4%A1%E0%A4%BF%E0%A4%AF%E0%A4%82%E0%A4%B8-%E0%A4%B8%E0%A5%87-%E0%A4%87%E0%A4%B8%E0%A4%B2%E0%A4%BF%E0%A4%8F-%E0%A4%AE%E0%A4%BE%E0%A4%82%E0%A4%97%E0%A5%80-%E0%A4%AE%E0%A4%BE%E0%A4%AB%E0%A5%80/91325287',
        'https://stage.prabhatkhabar.com/entertainment/anupama-writer-reacts-on-anuj-kapadia-aka-gaurav-khanna-re-entry-in-show-says-mai-avi-koi-comment/amp',
      ],
    },
    {
      name: 'Ketaki (wife of actor Rushad Rana)',
      role: "the show's creative director",
      sources: [
        'https://www.bollywoodlife.com/tv/anupamaa-rushad-rana-aka-anirudh-gandhi-talks-about-his-return-reacts-to-claims-that-he-came-back-because-wife-is-associated-with-the-show-entertainment-news-2450814/',
      ],
    },
  ],
  basedOn: {
    value:
      'Adapted from Sreemoyee, a Bengali serial on Star Jalsha with a story by Leena Gangopadhyay, produced by Magic Moments and led by Indrani Haldar',
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
      note: 'another remake of Sreemoyee, likewise produced by Rajan Shahi',
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
    setting: 'set 17 years before the events of the television series',
    sources: [
      'https://indianexpress.com/article/entertainment/web-series/anupama-namaste-america-teaser-rupali-ganguly-sudhanshu-pandey-anupama-prequel-video-7874721/',
      'https://www.india.com/entertainment/anupama-rupali-ganguly-expresses-her-excitement-for-prequel-anupamaa-namaste-america-fans-ask-maan-hoga-5313675/',
      'https://www.koimoi.com/television/anupamaa-namaste-america-star-rupali-ganguly-on-working-with-veteran-actress-sarita-joshi-she-inspires-me-i-admire-her-work/',
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
    ],
  },
  timeslot: {
    value: '10 pm, Monday to Saturday (as of July 2022)',
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
      '1000+ (the show marked its 1000th episode in early August 2023); we have not found any official count since then',
    note: null,
    dispute: null,
    sources: [
      'https://www.pinkvilla.com/tv/news/rupali-ganguly-starrer-anupamaa-achieves-this-milestone-any-guesses-1234693',
      'https://www.pinkvilla.com/tv/news/rupali-ganguly-on-anupamaa-completing-1000-episodes-i-live-as-anupamaa-show-has-deep-impact-on-my-life-1235097',
    ],
  },
  milestones: [
    {
      date: '2022-07',
      dateUntil: null,
      what: 'Completed two years on air',
      sources: [
        'https://celebritytadka.com/rupali-ganguly-on-anupamaa-completing-2-years-its-very-special',
      ],
    },
    {
      date: '2023-08',
      dateUntil: null,
      what: 'Reached 1000 episodes',
      sources: [
        'https://www.pinkvilla.com/tv/news/rupali-ganguly-starrer-anupamaa-achieves-this-milestone-any-guesses-1234693',
        'https://www.pinkvilla.com/tv/news/rupali-ganguly-on-anupamaa-completing-1000-episodes-i-live-as-anupamaa-show-has-deep-impact-on-my-life-1235097',
      ],
    },
    {
      date: '2025-07',
      dateUntil: '2025-08',
      what: 'Completed five years on air; the celebration was reported in Aug 2025',
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
        "Some outlets describe a leap of four years and others one of five; a few hedge with 'four to five years'.",
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
        "Director's Kut Productions (Rajan Shahi) is the name given in most reports, but some items carried from IANS give it as 'Shahi Productions Pvt Ltd'.",
      sources: [
        'https://www.news18.com/amp/news/entertainment/rupali-ganguly-reveals-how-she-feels-when-somebody-calls-her-anupama-and-not-by-her-name-6958807.html',
        'https://www.freepressjournal.in/entertainment/television/anupamaa-actress-madhavi-gogate-58-passes-away-days-after-testing-positive-for-covid-19',
        'https://www.lokmattimes.com/entertainment/rohit-bakshi-reflects-on-casting-in-anupamaa-when-things-are-meant-to-happen-they-happen-very-quickly/',
      ],
    },
    {
      topic: 'Did Alpana Buch (Baa) and Arvind Vaidya (Bapuji) exit at the 15-year leap?',
      detail:
        "One outlet counted both among nine actors leaving at the leap. However, a report from after the leap still shows Bapuji standing by Anupamaa, and a March 2026 feature on the cast's ages includes both among the current cast. The wiki treats both as continuing, with medium confidence.",
      sources: [
        'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
        'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
        'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
      ],
    },
    {
      topic: 'Paras Kalnawat termination',
      detail:
        "The makers say he signed up for a show on a rival channel without letting them know. Paras says he had told the team, that nothing was signed at the point the news came out, and he described his time on the show as a 'nightmare'.",
      sources: [
        'https://www.news18.com/news/movies/anupamaa-makers-terminate-paras-kalnawats-contract-actor-says-my-character-was-not-growing-5632105.html',
        'https://indianexpress.com/article/entertainment/television/paras-kalnawat-anupamaa-exit-jhalak-dikhhla-jaa-10-co-stars-react-8056390/',
        'https://www.filmibeat.com/amphtml/television/news/2022/anupamaa-makers-terminate-paras-kalnawat-s-contract-for-signing-another-show-on-rival-channel-338337.html',
      ],
    },
    {
      topic: 'Alisha Parveen exit',
      detail:
        "In her own posts she says she was replaced with no reason given, while one report quotes her as telling India Forums, 'Yes, I am quitting the show'.",
      sources: [
        'https://www.latestly.com/entertainment/tv/anupamaa-alisha-parveen-shares-frustration-over-sudden-exit-from-rupali-gangulys-show-says-dont-know-why-this-happened-6507621.html',
        'https://zeenews.india.com/people/anupamaa-actress-alisha-parveen-aka-raahi-talks-about-rupali-ganguly-being-the-reason-behind-her-sudden-replacement-maybe-yes-2834827.html',
        'https://viralchai.live/?p=2088',
      ],
    },
    {
      topic: 'Nidhi Shah exit timing',
      detail:
        'She announced her exit in Nov 2023, with Kinjal moving abroad, but came back in Dec 2023 and left for good in Oct 2024.',
      sources: [
        'https://editorji.com/amp/hindi/entertainment-news/tv/kinjal-shah-aka-nidhi-shah-walked-out-of-anupamaa-show-said-there-is-not-much-scope-for-the-character-now-1700727627234',
        'https://www.bollywoodlife.com/tv/anupamaa-muskan-bamne-aka-pakhi-to-quit-the-rupali-ganguly-starrer-post-leap-heres-what-she-said-entertainment-news-tv-news-2726515/',
        'https://www.pinkvilla.com/tv/news/anupamaas-nidhi-shah-aka-kinju-baby-says-goodbye-to-rupali-ganguly-led-show-pens-emotional-note-its-difficult-to-move-on-1352920',
      ],
    },
    {
      topic: 'Anuj: school or college friend',
      detail:
        "Depending on the report, Anuj is described as Anupamaa's friend from school, her friend from college or her batchmate.",
      sources: [
        'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
        'https://www.pinkvilla.com/tv/news-gossip/anupamaa-gaurav-khanna-shares-bts-pics-rupali-ganguly-they-get-decked-traditional-wear-884942',
      ],
    },
    {
      topic: 'Post-leap Pari actor name',
      detail:
        "IANS gives Pari's actor as Ishita Dixit, whereas another outlet's list of the post-leap cast has 'Ishita Modi'.",
      sources: [
        'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
        'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      ],
    },
    {
      topic: 'Number of Toshu actors',
      detail:
        'Manish Naggdev said his casting marked the third time Toshu had been recast, yet only two earlier Toshu actors could be found: Aashish Mehrotra and Gaurav Sharma.',
      sources: [
        'https://www.lokmattimes.com/entertainment/rupali-gangulys-onscreen-son-manish-nagdev-spends-a-lot-of-time-understanding-toshus-arc/',
      ],
    },
    {
      topic: "Kavya's surname",
      detail: 'Gandhi, from her first husband Anirudh, versus Zaveri/Jhaveri in a single report.',
      sources: [
        'https://blamglam.com/anupama',
        'https://hindi.asianetnews.com/gallery/tv-news/anupamaa-star-kavya-aka-madalsa-sharma-father-in-law-mithun-chakraborty-surprise-visit-on-sets-kpj-qvecbu',
      ],
    },
  ],
  unplacedCast: [
    {
      name: 'Ibrar Yakub',
      detail: 'Said to have joined the cast in Nov 2022; the role has not been made public.',
      sources: [
        'https://news-24.fr/la-star-daghori-ibrar-yakub-rejoint-lemission-principale-de-rupali-ganguly/',
      ],
    },
    {
      name: 'Dishi Duggal',
      detail:
        'The Ishqbaaz actress was said to be joining following the leap of late 2023; which role she played is not clear.',
      sources: [
        'https://grihshobha.in/?taxonomy=seo_keywords&term=aurra-bhatnagar',
        'https://www.bollywoodlife.com/tv/anupamaa-alpana-buch-calls-rupali-ganguly-starrer-her-source-of-happiness-reveals-why-the-show-is-appreciated-and-loved-entertainment-news-tv-news-2830058/',
      ],
    },
    {
      name: 'Trishaan Shah',
      detail:
        "Named in the cast list of early 2024; the role is unknown and may have been a child's part.",
      sources: [
        'https://www.bollywoodlife.com/tv/anupamaa-alpana-buch-calls-rupali-ganguly-starrer-her-source-of-happiness-reveals-why-the-show-is-appreciated-and-loved-entertainment-news-tv-news-2830058/',
      ],
    },
  ],
  gaps: [
    "Whether Paras Kalnawat's farewell was a Kesariya reel with Alma Hussein thanking Rajan Sir, Romesh Sir, Vivek Ji, Aarif Ji, Gulshan Ji, Sunand Sir and DKP: the Pinkvilla report the wiki started from describes it, but no other source we hold confirms it",
    'The exact dates on which many supporting actors first appeared, including those playing Maya, Dimpy, Choti Anu, Nandini, Bhavesh, Rakhi Dave, Anirudh and Sanjay (our sources do not give them)',
    'Who plays Kinjal, Ansh and Pakhi after the 15-year leap, if the characters appear at all',
    'The names of the characters played by Parakh Madan (a dance teacher and friend of Yashdeep, 2024), Ibrar Yakub (who joined in Nov 2022), Aman Maheshwari (2023) and Dishi Duggal (after the 2023 leap)',
    "Which character Sachin Tyagi plays in 2026, and how much time the 2026 'Goa' leap skips (our sources disclose neither)",
    "The name of the prequel character played by Puja Banerjee, Vanraj's former girlfriend",
    'An official episode total beyond the 1000th episode, reached in Aug 2023',
    'When the runs of Gopi Kaka (Deepak Gheewala), Mamaji (Shekhar Shukla), Rakhi Dave (Tassnim Sheikh), Adhik (Adhik Mehta), Yashdeep (Vaquar Shaikh), Ankush (Rohit Bakshi) and Devika (Jaswir Kaur) ended',
    "A Wikipedia-style 'List of Anupamaa characters' page to check against: none was among the material we searched, so everything here comes from news and entertainment websites",
  ],
};
