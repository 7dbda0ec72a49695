import type { CharacterRecord } from '../records';

export const characters: CharacterRecord[] = [
  {
    id: 'anupamaa',
    name: 'Anupamaa',
    otherNames: ['Anupamaa Joshi', 'Anupamaa Shah', 'Anupamaa Kapadia'],
    nicknames: ['Anu', 'Anupama'],
    household: 'shah',
    lead: true,
    description:
      "The title character: a self-effacing Gujarati housewife who, after discovering her husband's affair, walks out of her marriage and builds a life of her own as a dancer, teacher and cook; across later leaps she keeps rebuilding after losses.",
    status: 'alive; lead through all phases (as of March 2026)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'vanraj-shah',
      },
      {
        type: 'ex-spouse',
        character: 'anuj-kapadia',
      },
      {
        type: 'child',
        character: 'paritosh-shah',
      },
      {
        type: 'child',
        character: 'samar-shah',
      },
      {
        type: 'child',
        character: 'pakhi-shah',
      },
      {
        type: 'adoptive-child',
        character: 'aadhya-kapadia',
      },
      {
        type: 'parent',
        character: 'kanta-joshi',
      },
      {
        type: 'sibling',
        character: 'bhavesh-joshi',
      },
      {
        type: 'former-parent-in-law',
        character: 'leela-shah',
      },
      {
        type: 'former-parent-in-law',
        character: 'hasmukh-shah',
      },
      {
        type: 'friend',
        character: 'devika',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
      'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
      'https://www.indiatvnews.com/entertainment/celebrities/madhavi-gogate-passes-away-anupumaa-co-stars-mourn-demise-of-veteran-marathi-actress-746125',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    ],
  },
  {
    id: 'vanraj-shah',
    name: 'Vanraj Shah',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: true,
    description:
      "Anupamaa's first husband, a proud, short-tempered family man whose affair with his colleague Kavya breaks the marriage; he later grows wealthy and slowly softens.",
    status: 'written out after actor quit in Aug 2024; not recast; open-ended exit',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'anupamaa',
      },
      {
        type: 'spouse',
        character: 'kavya-shah',
      },
      {
        type: 'parent',
        character: 'leela-shah',
      },
      {
        type: 'parent',
        character: 'hasmukh-shah',
      },
      {
        type: 'sibling',
        character: 'dolly',
      },
      {
        type: 'child',
        character: 'paritosh-shah',
      },
      {
        type: 'child',
        character: 'samar-shah',
      },
      {
        type: 'child',
        character: 'pakhi-shah',
      },
    ],
    sources: [
      'https://downtownmirror.in/from-vanraj-to-bapuji-commemorating-fathers-day-with-the-endearing-anupamaa-characters/',
      'https://blamglam.com/anupama',
      'https://www.mid-day.com/entertainment/television-news/article/sudhanshu-pandey-vanraj-quits-anupamaa-rupali-ganguly-gaurav-khanna-23382383',
      'https://www.justshowbiz.net/madalsa-sharma-and-sudhanshu-pandeys-exit-will-affect-anupamas-rating/',
    ],
  },
  {
    id: 'kavya-shah',
    name: 'Kavya Shah',
    otherNames: ['Kavya Gandhi', 'Kavya Zaveri'],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Vanraj's ambitious office colleague and later second wife, first cast as the 'other woman' and gradually reshaped into a more sympathetic, independent figure who is eventually sent abroad for a modelling career.",
    status: 'written out (moved to the US for modelling) when actor quit in Sept 2024',
    note: null,
    dispute: {
      summary: 'Gandhi (via first husband Anirudh) vs Zaveri/Jhaveri in one report.',
      sources: [
        'https://blamglam.com/anupama',
        'https://hindi.asianetnews.com/gallery/tv-news/anupamaa-star-kavya-aka-madalsa-sharma-father-in-law-mithun-chakraborty-surprise-visit-on-sets-kpj-qvecbu',
      ],
    },
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'vanraj-shah',
      },
      {
        type: 'ex-spouse',
        character: 'anirudh-gandhi',
      },
      {
        type: 'child',
        character: 'maahi',
      },
    ],
    sources: [
      'https://blamglam.com/anupama',
      'https://hindi.asianetnews.com/gallery/tv-news/anupamaa-star-kavya-aka-madalsa-sharma-father-in-law-mithun-chakraborty-surprise-visit-on-sets-kpj-qvecbu',
      'https://tellyupdates.com/madalsa-sharma-exits-anupamaa-kavyas-departure-sparks-new-beginnings-for-the-star-and-the-show/amp',
      'https://www.bollywoodlife.com/tv/anupamaa-fame-madalsa-sharma-reacts-to-kavya-facing-criticism-for-staying-with-vanraj-instead-of-daughter-maahi-exclusive-entertainment-news-2768393/',
    ],
  },
  {
    id: 'leela-shah',
    name: 'Leela Shah',
    otherNames: [],
    nicknames: ['Baa'],
    household: 'shah',
    lead: false,
    description:
      "Vanraj's mother and the sharp-tongued matriarch of the Shah household, traditional and often partial to her son, yet capable of standing up for Anupamaa.",
    status: 'on the show; whether she left with the 2024 leap is disputed (see notes)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'hasmukh-shah',
      },
      {
        type: 'child',
        character: 'vanraj-shah',
      },
      {
        type: 'child',
        character: 'dolly',
      },
      {
        type: 'sibling',
        character: 'mamaji',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-alpana-buch-talks-about-her-character-leela-the-show-anupamaa-and-the-show',
      'https://www.lokmattimes.com/entertainment/alpana-buch-calls-anupamaa-set-as-her-second-home/',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    ],
  },
  {
    id: 'hasmukh-shah',
    name: 'Hasmukh Shah',
    otherNames: [],
    nicknames: ['Bapuji'],
    household: 'shah',
    lead: false,
    description:
      "Vanraj's gentle, principled father who treats Anupamaa like his own daughter and backs her decisions.",
    status: 'on the show (2026 cast list)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'leela-shah',
      },
      {
        type: 'child',
        character: 'vanraj-shah',
      },
      {
        type: 'child',
        character: 'dolly',
      },
    ],
    sources: [
      'https://downtownmirror.in/from-vanraj-to-bapuji-commemorating-fathers-day-with-the-endearing-anupamaa-characters/',
      'https://www.hindustantimes.com/entertainment/tv/anupamaa-bapuji-arvind-vaidya-missing-from-tv-show-101688355326557.html',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
    ],
  },
  {
    id: 'paritosh-shah',
    name: 'Paritosh Shah',
    otherNames: [],
    nicknames: ['Toshu'],
    household: 'shah',
    lead: false,
    description:
      "Anupamaa's eldest son, an MBA topper who grows into a self-centred, money-minded man closer to his father; his arcs include an affair, financial schemes and a stroke.",
    status: 'alive; recast twice',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'vanraj-shah',
      },
      {
        type: 'sibling',
        character: 'samar-shah',
      },
      {
        type: 'sibling',
        character: 'pakhi-shah',
      },
      {
        type: 'spouse',
        character: 'kinjal-shah',
      },
      {
        type: 'child',
        character: 'pari-shah',
      },
    ],
    sources: [
      'https://ndtv.com/entertainment/aashish-malhotra-quits-anupamaa-after-4-years-thank-you-for-hating-me-so-much-5624874',
      'https://www.republicworld.com/entertainment/television/anupamaa-actor-aashish-mehrotra-aka-toshu-quits-rupali-ganguly-starrer-show-after-4-years/?amp=1',
      'https://www.outlookindia.com/art-entertainment/television/gaurav-sharma-opens-up-about-playing-toshu-in-anupamaa-calls-the-opportunity-a-blessing',
      'https://www.bollywoodlife.com/tv/anupamaa-muskan-bamne-aka-pakhi-to-quit-the-rupali-ganguly-starrer-post-leap-heres-what-she-said-entertainment-news-tv-news-2726515/',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-sagar-parekh-opens-about-playing-samar-shah-anupamaa-says-there-lot-of-pressure',
      'https://odishatv.in/news/entertainment/anupamaa-twist-and-more-anu-may-leave-america-after-shruti-s-taunt-toshu-quits-show-234622',
    ],
  },
  {
    id: 'samar-shah',
    name: 'Samar Shah',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Anupamaa's younger son, a dancer and her steadiest supporter in the family; he marries Dimpy and is killed shortly before becoming a father.",
    status: 'died in story (shot while protecting Anuj), aired around early Oct 2023',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'vanraj-shah',
      },
      {
        type: 'sibling',
        character: 'paritosh-shah',
      },
      {
        type: 'sibling',
        character: 'pakhi-shah',
      },
      {
        type: 'spouse',
        character: 'dimpy',
      },
      {
        type: 'partner',
        character: 'nandini',
      },
      {
        type: 'child',
        character: 'ansh-shah',
      },
    ],
    sources: [
      'https://www.iwmbuzz.com/television/news/anupamaa-update-producer-rajan-shahi-calls-samars-death-the-biggest-blow-to-a-mother-hints-at-anuj-anupamaa-separation/2023/10/04',
      'https://www.pinkvilla.com/tv/news/anupamaa-actor-sagar-parekh-posts-beautiful-photo-from-sets-calls-it-straight-from-kabhie-kushi-kabhie-gham-1249223',
      'https://www.bollywoodlife.com/tv/anupamaa-sagar-parekh-aka-samar-talks-about-his-bond-with-rupali-ganguly-entertainment-news-tv-news-2610785/',
      'https://indianexpress.com/article/entertainment/television/paras-kalnawat-anupamaa-exit-jhalak-dikhhla-jaa-10-co-stars-react-8056390/',
      'https://www.iwmbuzz.com/television/celebrities/i-hope-goodness-prevails-in-dimple-now-nishi-saxena-on-the-tragic-phase-in-anupamaa/2023/10/10',
    ],
  },
  {
    id: 'pakhi-shah',
    name: 'Pakhi Shah',
    otherNames: [],
    nicknames: ['Sweety'],
    household: 'shah',
    lead: false,
    description:
      "Anupamaa's spoilt, rebellious daughter who repeatedly clashes with her mother; she elopes with Adhik and later has a daughter, Ishaani.",
    status: 'recast once; actor left before the 2024 generation leap; post-leap status not found',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'vanraj-shah',
      },
      {
        type: 'sibling',
        character: 'paritosh-shah',
      },
      {
        type: 'sibling',
        character: 'samar-shah',
      },
      {
        type: 'spouse',
        character: 'adhik-khanna',
      },
      {
        type: 'child',
        character: 'ishaani',
      },
    ],
    sources: [
      'https://www.hindustantimes.com/htcity/cinema/exclusive-muskan-bamne-quits-anupamaa-after-three-years-says-she-didnt-want-to-play-a-mother-at-such-a-young-age-101703341235904',
      'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-i-am-really-excited-about-the-track-pakhi-great-co-star-adhik-mehta-the-current',
      'https://jaigoludevta.in/archives/41',
    ],
  },
  {
    id: 'kinjal-shah',
    name: 'Kinjal Shah',
    otherNames: ['Kinjal Dave'],
    nicknames: ['Kinju'],
    household: 'shah',
    lead: false,
    description:
      "Toshu's working, level-headed wife and Rakhi Dave's daughter, usually Anupamaa's ally inside the Shah home; later the mother of Pari.",
    status:
      'original actor left Oct 2024; character appears after the 15-year leap but the new actor was not identified',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'paritosh-shah',
      },
      {
        type: 'parent',
        character: 'rakhi-dave',
      },
      {
        type: 'child',
        character: 'pari-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news/anupamaas-nidhi-shah-aka-kinju-baby-says-goodbye-to-rupali-ganguly-led-show-pens-emotional-note-its-difficult-to-move-on-1352920',
      'https://www.jagran.com/entertainment/tv-anupamaa-kinjal-nidhi-shah-leave-the-show-before-15-years-leap-in-rupali-ganguly-anupama-show-23815666.html',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      'https://www.indiawest.com/entertainment/bollywood/star-plus-anupamaa-takes-dramatic-unexpected-twist/article_f4fe6012-b98e-11eb-842b-a317defa9956.html',
    ],
  },
  {
    id: 'rakhi-dave',
    name: 'Rakhi Dave',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Kinjal's sharp-tongued mother, written as a vamp who taunts Anupamaa and the Shahs while fiercely protecting her daughter.",
    status: 'appears intermittently; final exit date unclear',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'kinjal-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news/is-tassnim-sheikh-quitting-rupali-ganguly-starrer-anupamaa-heres-what-we-know-1209901',
      'https://bollywoodtales.com/anupamaa-fame-tassnim-nerurkar-aka-rakhi-dave-talks-about-her-absence-from-the-show/',
    ],
  },
  {
    id: 'dolly',
    name: 'Dolly Dhamecha',
    otherNames: ['Dolly Shah'],
    nicknames: ['Dolly'],
    household: 'shah',
    lead: false,
    description: "Vanraj's younger sister, warm towards Anupamaa.",
    status: 'written out when actor left in Aug 2023',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'sibling',
        character: 'vanraj-shah',
      },
      {
        type: 'parent',
        character: 'leela-shah',
      },
      {
        type: 'parent',
        character: 'hasmukh-shah',
      },
      {
        type: 'spouse',
        character: 'sanjay-dhamecha',
      },
    ],
    sources: [
      'https://www.freepressjournal.in/entertainment/anupamaa-dolly-aka-ekta-saraiya-quits-the-show-after-3-years-know-why',
      'https://blamglam.com/anupama',
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
    ],
  },
  {
    id: 'sanjay-dhamecha',
    name: 'Sanjay Dhamecha',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description: "Dolly's husband, who treats Anupamaa like a sister.",
    status: 'actor left (date ~2022, low confidence)',
    note: null,
    dispute: null,
    confidence: 'low',
    relations: [
      {
        type: 'spouse',
        character: 'dolly',
      },
    ],
    sources: [
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
      'https://www.hindirush.com/photo-gallery/till-now-these-stars-have-said-goodbye-to-the-tv-show-anupama-used-to-play-these-characters-235214/',
    ],
  },
  {
    id: 'mamaji',
    name: 'Mamaji',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Baa's brother, who at times works against her schemes, for instance when she tries to disrupt Anupamaa's second wedding.",
    status: 'unknown',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'sibling',
        character: 'leela-shah',
      },
    ],
    sources: [
      'https://khaskhabarrajkot.com/in-the-hindi-serial-fir-shekhar-shukla-played-as-many-as-650-different-characters',
      'https://www.tellychakkar.com/tv/tv-news/omg-sudhanshu-pandey-aka-vanraj-makes-shocking-statement-about-anuj-kapadias-role-220429',
    ],
  },
  {
    id: 'kanta-joshi',
    name: 'Kanta Joshi',
    otherNames: [],
    nicknames: ['Kanta Ma'],
    household: 'joshi',
    lead: false,
    description:
      "Anupamaa's mother and a quiet source of strength for her; also mother of Bhavesh.",
    status: 'died in story before the late-2023 leap',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'anupamaa',
      },
      {
        type: 'child',
        character: 'bhavesh-joshi',
      },
    ],
    sources: [
      'https://www.indiatvnews.com/entertainment/celebrities/madhavi-gogate-passes-away-anupumaa-co-stars-mourn-demise-of-veteran-marathi-actress-746125',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
      'https://culturecrossroads.ca/posts/mehul-nisar-rajan-shahis-anupamaa-is-like-home-to-me/',
    ],
  },
  {
    id: 'bhavesh-joshi',
    name: 'Bhavesh Joshi',
    otherNames: [],
    nicknames: [],
    household: 'joshi',
    lead: false,
    description:
      "Anupamaa's younger brother; after their mother's death he becomes her company when she returns to India.",
    status: 'recurring',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'anupamaa',
      },
      {
        type: 'parent',
        character: 'kanta-joshi',
      },
    ],
    sources: [
      'https://culturecrossroads.ca/posts/mehul-nisar-rajan-shahis-anupamaa-is-like-home-to-me/',
      'https://www.indiatvnews.com/entertainment/celebrities/madhavi-gogate-passes-away-anupumaa-co-stars-mourn-demise-of-veteran-marathi-actress-746125',
    ],
  },
  {
    id: 'nandini',
    name: 'Nandini',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "A classical dancer and Samar's girlfriend in the early seasons, supportive of Anupamaa.",
    status: 'track ended when actor quit in March 2022 (not recast)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'partner',
        character: 'samar-shah',
      },
    ],
    sources: [
      'https://www.hindustantimes.com/entertainment/tv/anupamaas-anagha-bhosale-quits-show-wants-to-focus-on-spiritual-journey-showbiz-is-filled-with-hypocrisy-101646809346063-amp.html',
      'https://www.pinkvilla.com/tv/news-gossip/anupamaa-fame-anagha-bhosale-quits-showbiz-finds-it-filled-hypocrisy-politics-unhealthy-competition-1042197',
    ],
  },
  {
    id: 'anirudh-gandhi',
    name: 'Anirudh Gandhi',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description: "Kavya's first husband, who resurfaces periodically in her story.",
    status: 'recurring; storyline ended',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'kavya-shah',
      },
    ],
    sources: [
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
      'https://www.bollywoodlife.com/tv/anupamaa-rushad-rana-aka-anirudh-gandhi-talks-about-his-return-reacts-to-claims-that-he-came-back-because-wife-is-associated-with-the-show-entertainment-news-2450814/',
      'https://filmykhabri.in/?p=60',
    ],
  },
  {
    id: 'advait-khanna',
    name: 'Dr. Advait Khanna',
    otherNames: ['Advait Khanna'],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'A doctor who treats Anupamaa during her illness track (and helps Vanraj with depression).',
    status: 'short-term role in 2021',
    note: null,
    dispute: null,
    confidence: null,
    relations: [],
    sources: [
      'https://www.newsbytesapp.com/news/entertainment/apurva-agnihotri-quits-anupamaa-shares-an-emotional-post/story',
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
    ],
  },
  {
    id: 'devika',
    name: 'Devika',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description: "Anupamaa's best friend, a practical voice who pushes her to live for herself.",
    status: 'recurring',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'friend',
        character: 'anupamaa',
      },
      {
        type: 'partner',
        character: 'dheeraj-kapoor',
      },
    ],
    sources: [
      'https://www.spotboye.com/television/television-news/anupamaa-jaswir-kaur-talks-about-being-like-her-onscreen-character-devika-in-real-life-too/614b430fe002610f01678ccc',
      'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
    ],
  },
  {
    id: 'anuj-kapadia',
    name: 'Anuj Kapadia',
    otherNames: [],
    nicknames: ['AK'],
    household: 'kapadia',
    lead: true,
    description:
      "A wealthy businessman and Anupamaa's former classmate who has loved her for decades; he becomes her second husband and adoptive father of Choti Anu, until tragedy and misunderstandings separate them.",
    status:
      'missing after the 2024 leap (pushed off a cliff by Ankush in the pre-leap story); not killed off per actor',
    note: 'Fans call the pairing MaAn (Anuj + Anupamaa)',
    dispute: {
      summary: "Reports variously call Anuj Anupamaa's school friend, college friend or batchmate.",
      sources: [
        'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
        'https://www.pinkvilla.com/tv/news-gossip/anupamaa-gaurav-khanna-shares-bts-pics-rupali-ganguly-they-get-decked-traditional-wear-884942',
      ],
    },
    confidence: null,
    relations: [
      {
        type: 'ex-spouse',
        character: 'anupamaa',
      },
      {
        type: 'adoptive-child',
        character: 'aadhya-kapadia',
      },
      {
        type: 'parent',
        character: 'malti-devi',
      },
      {
        type: 'sibling',
        character: 'ankush-kapadia',
      },
      {
        type: 'sibling',
        character: 'malvika-kapadia',
      },
      {
        type: 'guardian',
        character: 'gopi-kaka',
      },
    ],
    sources: [
      'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      'https://www.pinkvilla.com/tv/news/did-gaurav-khanna-quit-anupamaa-due-to-alleged-tiff-with-rupali-ganguly-exclusive-video-1383384',
      'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-is-all-praise-for-rupali-ganguly-says-she-has-done-a-fabulous-job-entertainment-news-tv-news-2748112/',
    ],
  },
  {
    id: 'gopi-kaka',
    name: 'Gopi Kaka',
    otherNames: [],
    nicknames: ['GK'],
    household: 'kapadia',
    lead: false,
    description: "Anuj's elderly guardian and father figure who raised him.",
    status: 'unknown',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'ward',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.indiatoday.in/television/soaps/story/veteran-gujarati-actor-deepak-gheewala-joins-the-cast-of-anupamaa-1851111-2021-09-09',
    ],
  },
  {
    id: 'malvika-kapadia',
    name: 'Malvika Kapadia',
    otherNames: [],
    nicknames: ['Mukku'],
    household: 'kapadia',
    lead: false,
    description:
      "Anuj's impulsive younger sister who helps bring Anuj and Anupamaa together and later gets entangled with Vanraj.",
    status: 'written out in 2022 after actor left',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.news18.com/news/movies/anupamaa-malvika-aka-aneri-vajani-reveals-why-shes-missing-from-the-show-says-currently-on-a-break-4894865.html',
      'https://abplive.com/entertainment/aneri-vajani-bids-adieu-to-anupama-says-there-is-no-scope-of-returning-to-the-show-2131563',
    ],
  },
  {
    id: 'barkha-kapadia',
    name: 'Barkha Kapadia',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Ankush's status-conscious wife and Anuj's sister-in-law, a grey-shaded presence in the Kapadia house; Adhik is her brother.",
    status: 'track ended in 2024',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'ankush-kapadia',
      },
      {
        type: 'child',
        character: 'sara-kapadia',
      },
      {
        type: 'sibling',
        character: 'adhik-khanna',
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-after-paras-kalnawat-alma-hussein-aka-sara-quits-rupali-ganguly-starrer-show-2982045',
      'https://editorji.com/amp/hindi/entertainment-news/tv/ashlesha-sawant-aka-barkha-kapadia-will-no-longer-be-seen-in-anupamaa-said-my-track-is-over-now-1711546511472',
      'https://techohunt.com/anupama-%e0%a4%b2%e0%a5%80%e0%a4%aa-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%b6%e0%a5%8b-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%87%e0%a4%b8-%e0%a4%b6%e0%a4%96%e0%a5%8d%e0%a4%b8-%e0%a4%a8',
    ],
  },
  {
    id: 'ankush-kapadia',
    name: 'Ankush Kapadia',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Anuj's brother (raised alongside him), Barkha's husband; turns against Anuj in 2024, taking over his business and (pre-leap) pushing him off a cliff.",
    status: 'unknown after 2024 leap',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'sibling',
        character: 'anuj-kapadia',
      },
      {
        type: 'spouse',
        character: 'barkha-kapadia',
      },
      {
        type: 'child',
        character: 'sara-kapadia',
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-after-paras-kalnawat-alma-hussein-aka-sara-quits-rupali-ganguly-starrer-show-2982045',
      'https://techohunt.com/anupama-%e0%a4%b2%e0%a5%80%e0%a4%aa-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%b6%e0%a5%8b-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%87%e0%a4%b8-%e0%a4%b6%e0%a4%96%e0%a5%8d%e0%a4%b8-%e0%a4%a8',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
    ],
  },
  {
    id: 'sara-kapadia',
    name: 'Sara Kapadia',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Barkha and Ankush's daughter, a tap dancer who interns at Anupamaa's academy; written out by sending her to the US to study.",
    status: 'written out Sept 2022',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'barkha-kapadia',
      },
      {
        type: 'parent',
        character: 'ankush-kapadia',
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-after-paras-kalnawat-alma-hussein-aka-sara-quits-rupali-ganguly-starrer-show-2982045',
      'https://www.india.com/entertainment/anupamaa-after-paras-kalnawat-sara-aka-alma-hussein-leaves-the-show-my-track-was-tv-news-gossip-5609920/',
    ],
  },
  {
    id: 'adhik-khanna',
    name: 'Adhik Khanna',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Barkha's younger brother who romances and marries Pakhi; their marriage is marked by an abuse storyline and separation.",
    status: 'unknown after 2024',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'barkha-kapadia',
      },
      {
        type: 'spouse',
        character: 'pakhi-shah',
      },
      {
        type: 'child',
        character: 'ishaani',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-adhik-mehta-enter-pakhis-boyfriend-anupamaa-new-track-unfold-the-show-220528',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-i-am-really-excited-about-the-track-pakhi-great-co-star-adhik-mehta-the-current',
      'https://www.bollywoodlife.com/tv/anupamaa-adhik-mehta-talks-about-playing-negative-role-in-rupali-gangulys-show-says-i-hope-that-entertainment-news-2723979/',
      'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
      'https://jaigoludevta.in/archives/41',
    ],
  },
  {
    id: 'aadhya-kapadia',
    name: 'Aadhya Kapadia',
    otherNames: ['Raahi'],
    nicknames: ['Choti Anu'],
    household: 'kapadia',
    lead: true,
    description:
      'The girl Anuj and Anupamaa adopt; her biological mother Maya reclaims her, she grows into a resentful teenager who blames Anupamaa, and after the 15-year leap lives as Raahi in Dwarka before reconciling and falling for Prem.',
    status: 'alive; played by four actors across ages',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'adoptive-parent',
        character: 'anupamaa',
      },
      {
        type: 'adoptive-parent',
        character: 'anuj-kapadia',
      },
      {
        type: 'biological-parent',
        character: 'maya',
      },
      {
        type: 'spouse',
        character: 'prem-kothari',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/maya-succeeds-breaking-ties-between-anuj-anupamaa-says-gaurav-khanna-anupamaa-230404',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twist-anu-to-do-the-unimaginable-for-ex-husband-anuj-devika-to-give-her-strength-entertainment-news-2758637/',
      'https://www.koimoi.com/television/anupamaa-raahi-alisha-parveen-removed-from-the-show-overnight-expresses-frustration-after-kinjal-samar-took-supposed-digs-at-rupali-ganguly/',
      'https://prabhatkhabar.com/entertainment/anupama-leap-shivam-khajuria-on-his-entry-in-show-says-prem-ek-modern-krishna-jaisa-hai/amp',
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
    ],
  },
  {
    id: 'maya',
    name: 'Maya',
    otherNames: [],
    nicknames: [],
    household: 'kapadia',
    lead: false,
    description:
      "Choti Anu's biological mother, who obsessively tries to take both the child and Anuj; she dies saving Anupamaa from a truck.",
    status: 'died in story (July 2023)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'biological-child',
        character: 'aadhya-kapadia',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/maya-succeeds-breaking-ties-between-anuj-anupamaa-says-gaurav-khanna-anupamaa-230404',
      'https://npg.news/web-stories/anupama-6-july-2023-maaya-ki-maut-ke-baad-khushi-mein-jhoom-utha-shah-pariwar-dance-karate-hue-manaya-jashn-746',
      'https://www.newscontinuous.com/entertainment/kavya-shares-good-news-for-anupama-bapu-ji-is-back-in-show',
    ],
  },
  {
    id: 'dimpy',
    name: 'Dimple Shah',
    otherNames: [],
    nicknames: ['Dimpy'],
    household: 'shah',
    lead: false,
    description:
      'A survivor of sexual assault whom Samar marries; after his death she raises their son and later loves Titu; she dies in a fire just before the 15-year leap.',
    status: 'died in story (Oct 2024, pre-leap fire)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'samar-shah',
      },
      {
        type: 'partner',
        character: 'titu',
      },
      {
        type: 'child',
        character: 'ansh-shah',
      },
    ],
    sources: [
      'https://www.iwmbuzz.com/television/celebrities/i-hope-goodness-prevails-in-dimple-now-nishi-saxena-on-the-tragic-phase-in-anupamaa/2023/10/10',
      'https://www.jansatta.com/entertainment/anupamaa-leap-promo-watch-shah-family-out-from-asha-bhavan-news-stars-enter-in-show-see-fans-reaction/3618638',
      'https://www.pinkvilla.com/tv/news/will-shivangi-joshi-be-a-part-of-anupamaa-actress-breaks-silence-1352428',
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
    ],
  },
  {
    id: 'dheeraj-kapoor',
    name: 'Dheeraj Kapoor',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Devika's partner (described both as her husband and as the man she plans to marry).",
    status: "track halted after actor's death in May 2023",
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'partner',
        character: 'devika',
      },
    ],
    sources: [
      'https://www.merisaheli.com/dheeraj-kapoor-of-tv-show-anupamaa-actor-nitesh-pandey-dies-of-a-cardiac-arrest-at-51',
      'https://bollywoodtales.com/uncertainty-looms-for-jaswir-kaurs-character-in-anupamaa-after-co-stars-tragic-demise/',
      'https://www.mid-day.com/entertainment/television-news/article/rupali-ganguly-remembers-her-anupamaa-co-star-nitesh-pandey-cant-believe-ill-never-meet-him-again-23288406',
    ],
  },
  {
    id: 'malti-devi',
    name: 'Malti Devi',
    otherNames: [],
    nicknames: ['Guru Maa'],
    household: 'kapadia',
    lead: false,
    description:
      "A celebrated classical dancer who mentors Anupamaa and is revealed to be Anuj's biological mother, after which she turns against Anupamaa.",
    status: 'written out around the late-2023 leap',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.indiatvnews.com/entertainment/tv/anupamaa-apara-mehta-opens-up-about-her-character-in-rupali-ganguli-show-anuj-gaurav-khanna-2023-05-16-870807',
      'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-reveals-why-she-agreed-to-be-a-part-of-the-rupali-ganguly-show-entertainment-news-tv-news-2628241/',
      'https://www.bollywoodlife.com/tv/anupamaa-apara-mehta-aka-malti-devi-is-all-praise-for-rupali-ganguly-says-she-has-done-a-fabulous-job-entertainment-news-tv-news-2748112/',
      'https://pkwp184.prabhatkhabar.com/entertainment/anupama-fame-apara-mehta-aka-guru-maa-playing-yogini-kapila-role-in-nia-sharma-serial-suhagan-chudail/amp?src=android',
    ],
  },
  {
    id: 'titu',
    name: 'Tapish',
    otherNames: [],
    nicknames: ['Titu'],
    household: 'shah',
    lead: false,
    description:
      "A young dancer and teacher at Anupamaa's academy who eases her grief after Samar's death and becomes Dimpy's partner.",
    status: 'written out before 15-year leap',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'partner',
        character: 'dimpy',
      },
    ],
    sources: [
      'https://www.tribuneindia.com/news/lifestyle/its-a-beautiful-bond-566660',
      'https://www.moviegaze.com/anupamaa-exclusive-kunwar-amarjeet-singh-reveals-if-tapish-will-fill-in-samars-place-in-anus-life/',
      'https://stage.prabhatkhabar.com/entertainment/anupama-titu-aka-kunwar-amar-reacts-on-quitting-show-and-rajan-shahi-reaction-says-mai-gaya-unke-pass-or/amp',
      'https://naradnews.com/अनुपमा-के-कुँवर-अमर-ने-रूप',
      'https://thenews11.com/anupamaa-This-actresss-departure-from-Anupama-serial-will-not-be-seen-now-know-why-she-left-the-show',
    ],
  },
  {
    id: 'shruti',
    name: 'Shruti',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      "Anuj's fiancée in America after his divorce, a short-term rival presence who eventually leaves for the US.",
    status: 'written out mid-2024',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'fiance',
        character: 'anuj-kapadia',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-chandni-bhagwanani-recalls-getting-death-threats-reveals-rupali-gangulys-warm-gesture-on-first-day-of-shoot-entertainment-news-2744542/',
      'https://terka.info/television/anupamaa-fame-sukirti-kandpal-quits-show-post-leap-says-it-was-a-short-and-sweet-journey-84913',
      'https://tv9hindi.com/entertainment/television/anupama-shocking-update-sukirti-kandpal-to-quit-rupali-ganguly-show-2701316.html',
    ],
  },
  {
    id: 'yashdeep',
    name: 'Yashdeep',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'Owner of the Spice and Chutney restaurant in America where Anupamaa works; he admires her.',
    status: 'unknown',
    note: null,
    dispute: null,
    confidence: null,
    relations: [],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-is-gaurav-khanna-aka-anuj-kapadia-quitting-the-show-heres-what-we-know-entertainment-news-tv-news-2816232/',
      'https://www.filmibeat.com/amphtml/television/news/2024/anupamaa-twist-will-yashdeep-exit-rupali-ganguly-gaurav-khanna-show-vaquar-shaikh-reveals-truth-maan-392685.html',
    ],
  },
  {
    id: 'ishaani',
    name: 'Ishaani',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Pakhi and Adhik's daughter; after the generation leap she is a troubled young woman (drug and affair storylines).",
    status: 'alive; adult role recast Oct 2025',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'pakhi-shah',
      },
      {
        type: 'parent',
        character: 'adhik-khanna',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
      'https://www.abplive.com/entertainment/television/anupama-fame-ishani-aka-vidushi-tiwari-exit-from-rupali-ganguly-show-3025511',
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
    ],
  },
  {
    id: 'pari-shah',
    name: 'Pari',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Toshu and Kinjal's daughter; post-leap she is married to Raja, whose affair with Ishaani devastates her.",
    status: 'alive',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'parent',
        character: 'paritosh-shah',
      },
      {
        type: 'parent',
        character: 'kinjal-shah',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-muskan-bamne-aka-pakhi-to-quit-the-rupali-ganguly-starrer-post-leap-heres-what-she-said-entertainment-news-tv-news-2726515/',
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
      'https://www.prajasatta.in/entertainment/anupamaa-will-see-a-painful-twist-of-betrayal-ishita-dixit-reveals-the-latest-update',
    ],
  },
  {
    id: 'ansh-shah',
    name: 'Ansh',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "Samar and Dimpy's son, born after Samar's death; grown up after the 15-year leap and later marries Prarthana Kothari.",
    status: 'alive; adult actor not identified',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'parent',
        character: 'samar-shah',
      },
      {
        type: 'parent',
        character: 'dimpy',
      },
      {
        type: 'spouse',
        character: 'prarthana-kothari',
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-upcoming-twists-anu-anuj-divorce-dimpy-and-kavya-blessed-with-boy-and-girl-check-out-major-post-leap-updates-entertainment-news-2735671/',
      'https://bhilwarahalchal.com/amp/entertainment/tv/--579001',
      'https://www.prabhatkhabar.com/entertainment/anupama-ishaani-aka-vidushi-tiwari-quits-show-says-yeh-ansh-prarthana-ki-shadi-ke-dauran-hua',
    ],
  },
  {
    id: 'maahi',
    name: 'Maahi',
    otherNames: [],
    nicknames: [],
    household: 'shah',
    lead: false,
    description:
      "A girl raised in the Shah family (reported as Kavya's daughter) who loves Prem and turns bitter toward Anupamaa when he chooses Raahi.",
    status: 'alive',
    note: "Kavya's daughter is named Maahi in a Jan 2024 report; identification with the post-leap Maahi is an inference",
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'parent',
        character: 'kavya-shah',
      },
    ],
    sources: [
      'https://iwmbuzz.com/television/spoilers/anupamaa-upcoming-twist-maahi-rigs-the-game-meant-to-pick-ram-sita-desires-to-be-paired-with-prem/2024/12/09',
      'https://iwmbuzz.com/television/spoilers/anupamaa-upcoming-twist-anupamaa-chooses-raahi-over-maahi-for-prem-maahi-gets-hysterical/2025/01/07',
      'https://www.bollywoodlife.com/tv/anupamaa-fame-madalsa-sharma-reacts-to-kavya-facing-criticism-for-staying-with-vanraj-instead-of-daughter-maahi-exclusive-entertainment-news-2768393/',
      'https://subkuz.com/news/hindi/details/anupma-kee-mahee-yanee-spha-chtrjee-riyl-laiph-men-dikhtee-aur-bhee-glaimrs-dekhen-unkee-khoobsoort-tsveeren/100776',
    ],
  },
  {
    id: 'prem-kothari',
    name: 'Prem Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: true,
    description:
      'A kind-hearted young man who helps Anupamaa find Aadhya in Dwarka; initially thought to be an orphan, he is the estranged son of the wealthy Kothari family, and marries Raahi.',
    status: 'on the show',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'spouse',
        character: 'aadhya-kapadia',
      },
      {
        type: 'parent',
        character: 'parag-kothari',
      },
      {
        type: 'parent',
        character: 'khyati-kothari',
      },
      {
        type: 'sibling',
        character: 'prarthana-kothari',
      },
      {
        type: 'grandparent',
        character: 'moti-baa-kothari',
      },
    ],
    sources: [
      'https://prabhatkhabar.com/entertainment/anupama-leap-shivam-khajuria-on-his-entry-in-show-says-prem-ek-modern-krishna-jaisa-hai/amp',
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
      'https://ianslive.in/shivam-khajuria-shares-anecdote-from-lunch-breaks-on-anupamaa--20250813230319',
    ],
  },
  {
    id: 'khyati-kothari',
    name: 'Khyati Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Prem's mother in the rich Kothari household, who first crosses paths with Anupamaa by hiring her kitchen for a family puja.",
    status: 'on the show (2025)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'prem-kothari',
      },
      {
        type: 'child',
        character: 'prarthana-kothari',
      },
      {
        type: 'spouse',
        character: 'parag-kothari',
      },
      {
        type: 'child',
        character: 'mohit',
      },
    ],
    sources: [
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
      'https://www.prabhatkhabar.com/entertainment/anupama-manish-goel-talks-about-fan-shocking-reaction-on-raghav-entry-in-show-says-main-tv-tod-dungi',
    ],
  },
  {
    id: 'parag-kothari',
    name: 'Parag Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Prem's domineering, status-obsessed businessman father who initially looks down on Anupamaa.",
    status: 'on the show (2025)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'child',
        character: 'prem-kothari',
      },
      {
        type: 'child',
        character: 'prarthana-kothari',
      },
      {
        type: 'spouse',
        character: 'khyati-kothari',
      },
    ],
    sources: [
      'https://eflip.in/anupamaa-serial-update-rahi-ends-her-relationship-with-prem-mahi-uses-the-opportunity',
      'https://www.prabhasakshi.com/amp/news/anupamaa-rahil-azam-tells-why-it-is-ironic-to-be-a-part-of-rupali-ganguly-show',
      'https://stage.prabhatkhabar.com/entertainment/anupama-fame-sheersha-tiwari-aka-prarthana-talks-about-wowking-in-show-says-iss-kahani-ne-mujhe/amp',
    ],
  },
  {
    id: 'moti-baa-kothari',
    name: 'Moti Baa Kothari',
    otherNames: [],
    nicknames: ['Motiba', 'Moti Baa'],
    household: 'kothari',
    lead: false,
    description: "Prem's formidable grandmother and head of the Kothari clan.",
    status: 'on the show (2026 cast list)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'grandchild',
        character: 'prem-kothari',
      },
    ],
    sources: [
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
    ],
  },
  {
    id: 'prarthana-kothari',
    name: 'Prarthana Kothari',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description:
      "Prem's sister, stuck in an abusive first marriage to Gautam, later married to Ansh.",
    status: 'on the show (2025)',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'sibling',
        character: 'prem-kothari',
      },
      {
        type: 'parent',
        character: 'parag-kothari',
      },
      {
        type: 'spouse',
        character: 'ansh-shah',
      },
    ],
    sources: [
      'https://stage.prabhatkhabar.com/entertainment/anupama-fame-sheersha-tiwari-aka-prarthana-talks-about-wowking-in-show-says-iss-kahani-ne-mujhe/amp',
      'https://www.prabhatkhabar.com/entertainment/anupama-ishaani-aka-vidushi-tiwari-quits-show-says-yeh-ansh-prarthana-ki-shadi-ke-dauran-hua',
    ],
  },
  {
    id: 'kothari-chacha',
    name: "Prem's uncle (name not known)",
    otherNames: [],
    nicknames: ['Chacha'],
    household: 'kothari',
    lead: false,
    description: 'Paternal uncle in the Kothari family (character name not given in sources).',
    status: 'reported joining Jan 2025',
    note: null,
    dispute: null,
    confidence: 'low',
    relations: [
      {
        type: 'relative',
        character: 'prem-kothari',
      },
    ],
    sources: ['https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1'],
  },
  {
    id: 'kothari-chachi',
    name: "Prem's aunt (name not known)",
    otherNames: [],
    nicknames: ['Chachi'],
    household: 'kothari',
    lead: false,
    description: 'Paternal aunt in the Kothari family (character name not given in sources).',
    status: 'reported joining Jan 2025',
    note: null,
    dispute: null,
    confidence: 'low',
    relations: [
      {
        type: 'relative',
        character: 'prem-kothari',
      },
    ],
    sources: ['https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1'],
  },
  {
    id: 'raghav',
    name: 'Raghav',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'A prisoner with a painful past whom Anupamaa tries to help in 2025; some viewers mistook him for a stand-in for Anuj.',
    status: 'written out in 2025',
    note: null,
    dispute: null,
    confidence: null,
    relations: [],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-manish-goel-talks-about-fan-shocking-reaction-on-raghav-entry-in-show-says-main-tv-tod-dungi',
      'https://stage.prabhatkhabar.com/entertainment/anupama-raghav-aka-manish-goel-exit-from-show-saya-kuch-goodbye-bahut',
      'https://theindiadaily.com/entertainment/tv-actor-manish-goel-is-set-to-join-rupali-ganguly-show-anupamaa-know-here-serial-upcoming-twist-news-68893',
    ],
  },
  {
    id: 'mohit',
    name: 'Mohit',
    otherNames: [],
    nicknames: [],
    household: 'kothari',
    lead: false,
    description: "Khyati Kothari's son introduced in 2025.",
    status: 'on the show (2025)',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'parent',
        character: 'khyati-kothari',
      },
    ],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-manish-goel-talks-about-fan-shocking-reaction-on-raghav-entry-in-show-says-main-tv-tod-dungi',
      'https://stage.prabhatkhabar.com/entertainment/anupama-new-entry-mukund-kapahi-enter-in-rajan-shahi-show-as-mohit-friend-says-mai-negative-role-mai/amp',
    ],
  },
  {
    id: 'moti-baa-shah',
    name: 'Moti Baa Shah',
    otherNames: [],
    nicknames: ['Moti Baa'],
    household: 'prequel',
    lead: false,
    description:
      "Vanraj's grandmother (Leela's mother-in-law), seen only in the prequel, who encourages young Anupamaa's dreams.",
    status: 'prequel-only character',
    note: null,
    dispute: null,
    confidence: null,
    relations: [
      {
        type: 'grandchild',
        character: 'vanraj-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
      'https://www.india.com/entertainment/anupama-rupali-ganguly-expresses-her-excitement-for-prequel-anupamaa-namaste-america-fans-ask-maan-hoga-5313675/',
      'https://www.koimoi.com/television/anupamaa-namaste-america-star-rupali-ganguly-on-working-with-veteran-actress-sarita-joshi-she-inspires-me-i-admire-her-work/',
      'https://www.iamgujarat.com/entertainment/tv/actress-sarita-joshi-to-enter-prequel-of-anupamaa-she-will-play-moti-baa-role/articleshow/90438792.cms',
    ],
  },
  {
    id: 'vanraj-prequel-ex-girlfriend',
    name: "Vanraj's former girlfriend (name not known)",
    otherNames: [],
    nicknames: [],
    household: 'prequel',
    lead: false,
    description:
      "Vanraj's college-era love in the prequel, whose story is said to explain how he became the man seen in the main series.",
    status: 'prequel-only character',
    note: null,
    dispute: null,
    confidence: 'medium',
    relations: [
      {
        type: 'former-partner',
        character: 'vanraj-shah',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
    ],
  },
  {
    id: 'goa-arc-2026-character',
    name: 'New character of the 2026 Goa arc (name not disclosed)',
    otherNames: [],
    nicknames: [],
    household: 'others',
    lead: false,
    description:
      'A new figure introduced in March 2026 promos who urges Anupamaa to stand on her own feet during her Goa chapter; details withheld by makers.',
    status: 'on the show (2026)',
    note: null,
    dispute: null,
    confidence: 'low',
    relations: [],
    sources: [
      'https://www.bollywoodlife.com/hi/tv/anupama-yekkh-star-sachin-tyagi-reacts-on-working-in-rupali-ganguly-show-3325094/',
      'https://www.navarashtra.com/movies/bollywood/new-twist-in-star-plus-popular-anupama-sachin-tyagi-makes-a-grand-entry-1165225.html',
      'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
    ],
  },
];
